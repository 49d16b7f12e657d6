/** One request per storage manager: browsers may prompt, and asking again changes nothing. */
const requests = new WeakMap<StorageManager, Promise<boolean>>()

const ask = async (storage: StorageManager): Promise<boolean> => {
  try {
    // Already granted: no need to call persist(), which can show a prompt in some browsers.
    if ((await storage.persisted?.()) === true) return true
    return (await storage.persist()) === true
  } catch {
    // Refusal is not a failure of saving: the data is still stored, only evictable.
    return false
  }
}

/**
 * Asks the browser not to evict our data under storage pressure. Resolves with whether the
 * data is persistent; false when unsupported. Never throws.
 */
export const requestPersistentStorage = (
  storage: StorageManager | undefined = globalThis.navigator?.storage,
): Promise<boolean> => {
  if (typeof storage?.persist !== 'function') return Promise.resolve(false)
  let request = requests.get(storage)
  if (!request) {
    request = ask(storage)
    requests.set(storage, request)
  }
  return request
}

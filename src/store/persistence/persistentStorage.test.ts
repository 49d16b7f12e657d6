import { describe, expect, it, vi } from 'vitest'
import { requestPersistentStorage } from './persistentStorage'

const storageWith = (overrides: Partial<StorageManager>) => overrides as StorageManager

describe('requestPersistentStorage', () => {
  it('resolves false when the browser has no storage manager or no persist()', async () => {
    expect(await requestPersistentStorage(undefined)).toBe(false)
    expect(await requestPersistentStorage(storageWith({}))).toBe(false)
  })

  it('asks once and resolves with the answer', async () => {
    const persist = vi.fn(() => Promise.resolve(true))
    const storage = storageWith({ persist, persisted: () => Promise.resolve(false) })
    expect(await requestPersistentStorage(storage)).toBe(true)
    expect(await requestPersistentStorage(storage)).toBe(true)
    expect(persist).toHaveBeenCalledTimes(1)
  })

  it('does not ask again when the data is already persistent', async () => {
    const persist = vi.fn(() => Promise.resolve(true))
    const storage = storageWith({ persist, persisted: () => Promise.resolve(true) })
    expect(await requestPersistentStorage(storage)).toBe(true)
    expect(persist).not.toHaveBeenCalled()
  })

  it('resolves false instead of throwing when the browser refuses or fails', async () => {
    expect(
      await requestPersistentStorage(storageWith({ persist: () => Promise.resolve(false) })),
    ).toBe(false)
    const failing = storageWith({ persist: () => Promise.reject(new Error('denied')) })
    expect(await requestPersistentStorage(failing)).toBe(false)
  })
})

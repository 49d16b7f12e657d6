type Listener = (message: string) => void

const listeners = new Set<Listener>()

/** Speaks a message through the polite live region (see LiveAnnouncer). */
export const announce = (message: string) => {
  for (const listener of listeners) listener(message)
}

export const subscribeToAnnouncements = (listener: Listener) => {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

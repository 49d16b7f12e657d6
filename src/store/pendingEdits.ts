/**
 * Edits that a component still holds (typing debounced before it reaches the store). Saving on
 * page hide asks them first, so the last keystrokes before closing a tab are written too.
 */
const flushers = new Set<() => void>()

export const registerPendingEdits = (flush: () => void): (() => void) => {
  flushers.add(flush)
  return () => {
    flushers.delete(flush)
  }
}

export const flushPendingEdits = () => {
  for (const flush of flushers) flush()
}

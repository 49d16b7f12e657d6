/**
 * A bounded undo history of whole-document snapshots. Snapshots share structure (every change
 * is immutable), so each step costs only what it changed.
 */
export interface History<T> {
  past: readonly T[]
  future: readonly T[]
  /** The coalescing burst in progress: further changes with this key join the same step. */
  burst: { key: string; startedAt: number; lastAt: number } | null
}

export const HISTORY_LIMIT = 250
/** A pause longer than this starts a new undo step while typing. */
export const BURST_PAUSE_MS = 1200
/** A burst longer than this is cut, so that long typing still gives a few steps, not one. */
export const BURST_MAX_MS = 6000

export const emptyHistory = <T>(): History<T> => ({ past: [], future: [], burst: null })

export interface RecordOptions {
  now: number
  /** Changes sharing a key within a burst are one undo step (typing in one block). */
  coalesceKey?: string
  limit?: number
}

/** Records `previous` as an undo step before a change, unless the change continues a burst. */
export const recordChange = <T>(
  history: History<T>,
  previous: T,
  options: RecordOptions,
): History<T> => {
  const { now, coalesceKey, limit = HISTORY_LIMIT } = options
  const { burst } = history
  const continuesBurst =
    coalesceKey !== undefined &&
    burst !== null &&
    burst.key === coalesceKey &&
    now - burst.lastAt <= BURST_PAUSE_MS &&
    now - burst.startedAt <= BURST_MAX_MS
  if (continuesBurst) return { ...history, future: [], burst: { ...burst, lastAt: now } }
  const past = [...history.past, previous]
  return {
    past: past.length > limit ? past.slice(past.length - limit) : past,
    future: [],
    burst: coalesceKey === undefined ? null : { key: coalesceKey, startedAt: now, lastAt: now },
  }
}

export const undo = <T>(
  history: History<T>,
  current: T,
): { history: History<T>; value: T } | null => {
  const value = history.past[history.past.length - 1]
  if (value === undefined) return null
  return {
    value,
    history: { past: history.past.slice(0, -1), future: [current, ...history.future], burst: null },
  }
}

export const redo = <T>(
  history: History<T>,
  current: T,
): { history: History<T>; value: T } | null => {
  const [value, ...future] = history.future
  if (value === undefined) return null
  return { value, history: { past: [...history.past, current], future, burst: null } }
}

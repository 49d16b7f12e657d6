/** One piece of hostile input, as a remote post, feed or archive could carry it. */
export interface HostileVector {
  /** Stable and unique: `dompurify-17`, `feedparser-onerror`, `cheat-sheet-312`. */
  id: string
  origin: 'dompurify' | 'feedparser' | 'cheat-sheet'
  /** What the vector tries, for failure messages. */
  title: string
  /** The markup or text as it arrives. */
  payload: string
}

/**
 * Our own vectors call this instead of `alert`, with their number, so that an instrumented page
 * can say which vector ran. The instrumentation also traps `alert`, `confirm`, `prompt` and
 * `print`, which the DOMPurify vectors call.
 */
export const EXECUTION_PROBE = '__xss'

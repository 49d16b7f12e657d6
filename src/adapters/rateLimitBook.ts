/** What a server said of its rate limit in its last answer. */
interface RateLimitState {
  remaining: number
  /** Epoch milliseconds at which the allowance refills. */
  resetAt: number
}

/**
 * Remembers `X-RateLimit-Remaining` / `X-RateLimit-Reset` (or `RateLimit-*`) per origin, so that a client which
 * has spent its allowance waits for the reset instead of collecting 429s.
 */
export interface RateLimitBook {
  record(origin: string, headers: Headers, now: number): void
  /**
   * The server said when to come back (`Retry-After`): nothing goes to `origin` before `until`,
   * not even a new request the user starts after this one gave up.
   */
  holdUntil(origin: string, until: number): void
  /** Milliseconds to wait before the next request to `origin`; 0 when it may go now. */
  delayFor(origin: string, now: number): number
}

const parseReset = (value: string, now: number): number | undefined => {
  // Mastodon sends an ISO date; other servers send epoch seconds or seconds from now.
  if (/^\d+(\.\d+)?$/.test(value)) {
    const seconds = Number(value)
    return seconds > 1e9 ? seconds * 1000 : now + seconds * 1000
  }
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : date
}

export const createRateLimitBook = (): RateLimitBook => {
  const states = new Map<string, RateLimitState>()
  const holds = new Map<string, number>()
  return {
    record(origin, headers, now) {
      // Mastodon sends `X-RateLimit-*`; Bluesky the IETF draft's `RateLimit-*`.
      const remaining = headers.get('x-ratelimit-remaining') ?? headers.get('ratelimit-remaining')
      const reset = headers.get('x-ratelimit-reset') ?? headers.get('ratelimit-reset')
      if (remaining === null || reset === null) return
      const resetAt = parseReset(reset.trim(), now)
      const left = Number(remaining)
      if (resetAt === undefined || !Number.isFinite(left)) return
      states.set(origin, { remaining: left, resetAt })
    },
    holdUntil(origin, until) {
      holds.set(origin, Math.max(until, holds.get(origin) ?? 0))
    },
    delayFor(origin, now) {
      const state = states.get(origin)
      const untilReset = state && state.remaining <= 0 ? state.resetAt - now : 0
      const untilHold = (holds.get(origin) ?? 0) - now
      return Math.max(0, untilReset, untilHold)
    },
  }
}

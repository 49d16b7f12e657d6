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
    delayFor(origin, now) {
      const state = states.get(origin)
      if (!state || state.remaining > 0) return 0
      return Math.max(0, state.resetAt - now)
    },
  }
}

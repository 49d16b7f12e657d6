/**
 * A token bucket per client address: a burst of requests is fine (a feed page loads many
 * avatars), a steady flood is not. The relay's values live here and nowhere else.
 */
export interface RateLimitSettings {
  /** Requests a client may make at once. */
  burst: number
  /** Requests per minute a client earns back. */
  perMinute: number
}

export const RELAY_RATE_LIMIT: RateLimitSettings = { burst: 20, perMinute: 60 }

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number }

interface Bucket {
  tokens: number
  updatedAt: number
}

/** Past this many clients, buckets that have refilled completely are forgotten. */
const MAX_REMEMBERED_CLIENTS = 10_000

export const createRateLimiter = (settings: RateLimitSettings, now: () => number) => {
  const buckets = new Map<string, Bucket>()
  const perMs = settings.perMinute / 60_000

  const refill = (bucket: Bucket, at: number) => {
    bucket.tokens = Math.min(settings.burst, bucket.tokens + (at - bucket.updatedAt) * perMs)
    bucket.updatedAt = at
  }

  const forgetIdle = (at: number) => {
    for (const [key, bucket] of buckets) {
      refill(bucket, at)
      if (bucket.tokens >= settings.burst) buckets.delete(key)
    }
  }

  return {
    take(client: string): RateDecision {
      const at = now()
      if (buckets.size >= MAX_REMEMBERED_CLIENTS) forgetIdle(at)
      const bucket = buckets.get(client) ?? { tokens: settings.burst, updatedAt: at }
      buckets.set(client, bucket)
      refill(bucket, at)
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1
        return { allowed: true }
      }
      return {
        allowed: false,
        retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)),
      }
    },
  }
}

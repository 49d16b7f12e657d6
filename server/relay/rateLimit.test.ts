// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { createRateLimiter } from './rateLimit.ts'

describe('createRateLimiter', () => {
  it('allows a burst, then refuses until a token has been earned back', () => {
    let clock = 0
    const limiter = createRateLimiter({ burst: 3, perMinute: 60 }, () => clock)
    expect([1, 2, 3].map(() => limiter.take('203.0.113.9').allowed)).toEqual([true, true, true])
    expect(limiter.take('203.0.113.9')).toEqual({ allowed: false, retryAfterSeconds: 1 })
    clock += 1000
    expect(limiter.take('203.0.113.9')).toEqual({ allowed: true })
    expect(limiter.take('203.0.113.9').allowed).toBe(false)
  })

  it('keeps one bucket per client', () => {
    const limiter = createRateLimiter({ burst: 1, perMinute: 6 }, () => 0)
    expect(limiter.take('a').allowed).toBe(true)
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 10 })
    expect(limiter.take('b').allowed).toBe(true)
  })

  it('never refills past the burst', () => {
    let clock = 0
    const limiter = createRateLimiter({ burst: 2, perMinute: 60 }, () => clock)
    clock += 3_600_000
    expect([1, 2, 3].map(() => limiter.take('a').allowed)).toEqual([true, true, false])
  })
})

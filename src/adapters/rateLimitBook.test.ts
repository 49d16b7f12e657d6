import { describe, expect, it } from 'vitest'
import { createRateLimitBook } from './rateLimitBook'

const now = Date.parse('2026-11-25T12:00:00Z')

describe('createRateLimitBook', () => {
  it('asks to wait until the reset once the allowance is spent (Mastodon, ISO date)', () => {
    const book = createRateLimitBook()
    book.record(
      'https://mastodon.social',
      new Headers({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '2026-11-25T12:00:30Z' }),
      now,
    )
    expect(book.delayFor('https://mastodon.social', now)).toBe(30_000)
    expect(book.delayFor('https://other.example', now)).toBe(0)
  })

  it('reads Bluesky epoch-second resets and lets requests go while allowance remains', () => {
    const book = createRateLimitBook()
    const reset = String(now / 1000 + 12)
    book.record(
      'https://public.api.bsky.app',
      new Headers({ 'ratelimit-remaining': '0', 'ratelimit-reset': reset }),
      now,
    )
    expect(book.delayFor('https://public.api.bsky.app', now)).toBe(12_000)
    book.record(
      'https://public.api.bsky.app',
      new Headers({ 'ratelimit-remaining': '5', 'ratelimit-reset': reset }),
      now,
    )
    expect(book.delayFor('https://public.api.bsky.app', now)).toBe(0)
  })

  it('holds an origin until a Retry-After ends, whatever the allowance says', () => {
    const book = createRateLimitBook()
    book.record(
      'https://mastodon.social',
      new Headers({ 'x-ratelimit-remaining': '250', 'x-ratelimit-reset': '2026-11-25T12:05:00Z' }),
      now,
    )
    book.holdUntil('https://mastodon.social', now + 4_000)
    expect(book.delayFor('https://mastodon.social', now)).toBe(4_000)
    expect(book.delayFor('https://mastodon.social', now + 4_000)).toBe(0)
    expect(book.delayFor('https://other.example', now)).toBe(0)
    // A shorter hold later never cuts a longer one short.
    book.holdUntil('https://mastodon.social', now + 60_000)
    book.holdUntil('https://mastodon.social', now + 1_000)
    expect(book.delayFor('https://mastodon.social', now)).toBe(60_000)
  })

  it('ignores answers without usable headers', () => {
    const book = createRateLimitBook()
    book.record('https://a.example', new Headers({ 'x-ratelimit-remaining': 'x' }), now)
    expect(book.delayFor('https://a.example', now)).toBe(0)
  })
})

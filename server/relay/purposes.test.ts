// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { isHostAllowed, isRelayPurpose, isTypeAccepted, mediaTypeOf } from './purposes.ts'
import { toOAuthUrl } from './redditToken.ts'

describe('purposes', () => {
  it('knows exactly the four purposes of the client contract', () => {
    expect(['feed', 'oembed', 'reddit', 'media'].every(isRelayPurpose)).toBe(true)
    expect(isRelayPurpose('toString')).toBe(false)
    expect(isRelayPurpose(null)).toBe(false)
  })

  it('limits oembed and reddit to their hosts, feed and media to none', () => {
    expect(isHostAllowed('oembed', 'publish.twitter.com')).toBe(true)
    expect(isHostAllowed('oembed', 'twitter.com.evil.example')).toBe(false)
    expect(isHostAllowed('reddit', 'oauth.reddit.com')).toBe(true)
    expect(isHostAllowed('reddit', 'news.example.org')).toBe(false)
    expect(isHostAllowed('feed', 'news.example.org')).toBe(true)
    expect(isHostAllowed('media', 'cdn.example.org')).toBe(true)
  })

  it('reads media types without parameters and matches them per purpose', () => {
    expect(mediaTypeOf('Application/RSS+XML; charset=utf-8')).toBe('application/rss+xml')
    expect(mediaTypeOf('')).toBeUndefined()
    expect(isTypeAccepted('feed', 'text/plain')).toBe(true)
    expect(isTypeAccepted('feed', 'text/html')).toBe(false)
    expect(isTypeAccepted('oembed', 'text/plain')).toBe(true)
    expect(isTypeAccepted('oembed', 'application/rss+xml')).toBe(false)
    expect(isTypeAccepted('reddit', 'application/atom+xml')).toBe(true)
    expect(isTypeAccepted('media', 'image/webp')).toBe(true)
    expect(isTypeAccepted('media', 'image/svg+xml')).toBe(false)
    expect(isTypeAccepted('media', 'text/html')).toBe(false)
  })
})

describe('toOAuthUrl', () => {
  it('moves www.reddit.com JSON paths to oauth.reddit.com without .json', () => {
    expect(toOAuthUrl(new URL('https://www.reddit.com/comments/abc.json?raw_json=1'))?.href).toBe(
      'https://oauth.reddit.com/comments/abc?raw_json=1',
    )
  })

  it('leaves RSS and other hosts alone', () => {
    expect(toOAuthUrl(new URL('https://www.reddit.com/r/pics/.rss'))).toBeUndefined()
    expect(toOAuthUrl(new URL('https://news.example.org/a.json'))).toBeUndefined()
  })
})

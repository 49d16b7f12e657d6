import { describe, expect, it } from 'vitest'
import { matchesStatusUrl, parseStatusUrl } from './statusUrl'

describe('parseStatusUrl', () => {
  it.each([
    [
      'https://mastodon.social/@Gargron/103270115826048975',
      'https://mastodon.social',
      '103270115826048975',
    ],
    [
      'https://fosstodon.org/@eliocamp@mastodon.social/112897766654137500',
      'https://fosstodon.org',
      '112897766654137500',
    ],
    [
      'https://mastodon.social/users/Gargron/statuses/103270115826048975',
      'https://mastodon.social',
      '103270115826048975',
    ],
    ['https://gts.example/@lea/statuses/01HZX3K9Q7M2', 'https://gts.example', '01HZX3K9Q7M2'],
    ['https://akkoma.example/notice/AbCdEf123', 'https://akkoma.example', 'AbCdEf123'],
    ['https://pixelfed.social/p/dansup/650987654321', 'https://pixelfed.social', '650987654321'],
    ['https://x.example/statuses/123', 'https://x.example', '123'],
    ['https://x.example/api/v1/statuses/123', 'https://x.example', '123'],
    [
      'http://localhost:3000/@admin/117020582690282017/',
      'http://localhost:3000',
      '117020582690282017',
    ],
    ['https://mastodon.social/@caf%C3%A9/1?x=1#top', 'https://mastodon.social', '1'],
  ])('%s', (url, server, statusId) => {
    expect(parseStatusUrl(url)).toEqual({ server, statusId })
  })

  it.each([
    'https://bsky.app/profile/lea.bsky.social/post/3lo7irc7njk2p',
    'https://x.com/user/status/123',
    'https://twitter.com/user/status/123',
    'https://www.youtube.com/@channel/123',
    'https://www.reddit.com/r/x/comments/abc/',
    'https://medium.com/@writer/123',
    'https://mobile.twitter.com/@user/123',
    'https://mastodon.social/@Gargron',
    'https://mastodon.social/@Gargron/abc',
    'https://mastodon.social/tags/rstats',
    'https://mastodon.social/users/Gargron/statuses/1/activity',
    'javascript:alert(1)//@a/1',
    'ftp://mastodon.social/@a/1',
    'https://user:pw@mastodon.social/@a/1',
    'not a url',
  ])('not a status: %s', (url) => {
    expect(parseStatusUrl(url)).toBeUndefined()
  })

  it('matchesStatusUrl agrees on URL objects', () => {
    expect(matchesStatusUrl(new URL('https://mastodon.social/@Gargron/1'))).toBe(true)
    expect(matchesStatusUrl(new URL('https://bsky.app/@Gargron/1'))).toBe(false)
  })
})

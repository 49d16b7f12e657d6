import { describe, expect, it } from 'vitest'
import { parseSourceQuery } from './parseSourceQuery'

describe('parseSourceQuery', () => {
  it.each([
    ['#InfluenceDays', { kind: 'hashtag', tag: 'InfluenceDays' }],
    ['#journéesdel’influence', { kind: 'text', text: '#journéesdel’influence' }],
    ['#été2026', { kind: 'hashtag', tag: 'été2026' }],
    ['@lea', { kind: 'account', handle: 'lea' }],
    ['@lea@example.social', { kind: 'account', handle: 'lea@example.social' }],
    ['  lea.bsky.social ', { kind: 'account', handle: 'lea.bsky.social' }],
    ['did:plc:abc123', { kind: 'account', handle: 'did:plc:abc123' }],
    [
      'https://mastodon.social/@Gargron/1',
      { kind: 'url', url: 'https://mastodon.social/@Gargron/1' },
    ],
    ['influence marketing', { kind: 'text', text: 'influence marketing' }],
  ])('reads %s', (input, expected) => {
    expect(parseSourceQuery(input)).toEqual(expected)
  })

  it('reads nothing from blank input', () => {
    expect(parseSourceQuery('   ')).toBeNull()
  })
})

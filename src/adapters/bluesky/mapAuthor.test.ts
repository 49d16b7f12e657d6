import { describe, expect, it } from 'vitest'
import { readFixtureJson } from '../../test/fixturePath'
import { mapAuthor } from './mapAuthor'
import type { RawProfileViewBasic } from './rawTypes'

describe('mapAuthor', () => {
  it('maps a full profile (bskyr-getProfiles.json)', () => {
    const { profiles } = readFixtureJson('bluesky/bskyr-getProfiles.json') as {
      profiles: RawProfileViewBasic[]
    }
    expect(profiles).toHaveLength(1)
    expect(mapAuthor(profiles[0])).toEqual({
      name: 'Chris Kenny',
      handle: '@chriskenny.bsky.social',
      url: 'https://bsky.app/profile/chriskenny.bsky.social',
      avatarUrl:
        'https://cdn.bsky.app/img/avatar/plain/did:plc:wpe35pganb6d4pg4ekmfy6u5/bafkreibbgv73dk7lk4qrij5xm7vri3m6hfgfxqylxbal6yau7ssieqav3a@jpeg',
      id: 'did:plc:wpe35pganb6d4pg4ekmfy6u5',
      stats: { followers: 554, following: 296, posts: 65, createdAt: '2023-09-19T15:47:01.417Z' },
    })
  })

  it('gives no stats for a basic profile, which has no counts (bskyr-getAuthorFeed.json)', () => {
    const { feed } = readFixtureJson('bluesky/bskyr-getAuthorFeed.json') as {
      feed: { post: { author: RawProfileViewBasic } }[]
    }
    const basic = feed[0]!.post.author
    // The basic view carries a creation date but no audience: still no stats.
    expect(basic.createdAt).toBeTypeOf('string')
    expect(basic.followersCount).toBeUndefined()
    expect(mapAuthor(basic)).not.toHaveProperty('stats')
  })

  it('drops counts that are not whole non-negative numbers', () => {
    const author = mapAuthor({
      did: 'did:plc:abc',
      handle: 'alice.example',
      followersCount: -1,
      followsCount: 1.5,
      postsCount: 12,
      createdAt: 'not a date',
    })
    expect(author.stats).toEqual({ posts: 12 })
    expect(
      mapAuthor({ did: 'did:plc:abc', followersCount: '9' as unknown as number }),
    ).not.toHaveProperty('stats')
  })

  it('falls back to the handle when there is no display name', () => {
    expect(mapAuthor({ did: 'did:plc:abc', handle: 'alice.example', displayName: '  ' }).name).toBe(
      'alice.example',
    )
  })

  it('uses the DID when the handle no longer verifies', () => {
    expect(mapAuthor({ did: 'did:plc:abc', handle: 'handle.invalid' })).toEqual({
      name: 'did:plc:abc',
      handle: 'did:plc:abc',
      url: 'https://bsky.app/profile/did:plc:abc',
      id: 'did:plc:abc',
    })
  })

  it('treats hostile names as text and drops hostile avatars and handles', () => {
    const author = mapAuthor({
      did: 'javascript:alert(1)',
      handle: '"><script>alert(1)</script>',
      displayName: '<img src=x onerror=alert(1)>\n\u0007Mallory',
      avatar: 'javascript:alert(1)',
    })
    expect(author).toEqual({ name: '<img src=x onerror=alert(1)> Mallory', handle: '' })
  })
})

import { describe, expect, it } from 'vitest'
import { parseBlueskyUrl } from './parseBlueskyUrl'

describe('parseBlueskyUrl', () => {
  it('reads post, list, feed and profile links with a handle or a DID', () => {
    expect(parseBlueskyUrl('https://bsky.app/profile/Alice.Example/post/3k7qmjev5lr2s')).toEqual({
      kind: 'post',
      actor: 'alice.example',
      rkey: '3k7qmjev5lr2s',
    })
    expect(parseBlueskyUrl('https://bsky.app/profile/did:plc:abc123/lists/3kmokjyuflk2g')).toEqual({
      kind: 'list',
      actor: 'did:plc:abc123',
      rkey: '3kmokjyuflk2g',
    })
    expect(parseBlueskyUrl('https://www.bsky.app/profile/bsky.app/feed/whats-hot/')).toEqual({
      kind: 'feed',
      actor: 'bsky.app',
      rkey: 'whats-hot',
    })
    expect(parseBlueskyUrl('https://bsky.app/profile/did%3Aplc%3Aabc123?ref=x#top')).toEqual({
      kind: 'profile',
      actor: 'did:plc:abc123',
    })
  })

  it('reads at-uris of posts, lists, feeds and accounts', () => {
    expect(parseBlueskyUrl('at://did:plc:abc123/app.bsky.feed.post/3k7qmjev5lr2s')).toEqual({
      kind: 'post',
      actor: 'did:plc:abc123',
      rkey: '3k7qmjev5lr2s',
    })
    expect(parseBlueskyUrl('at://did:plc:abc123/app.bsky.graph.list/3kl')).toEqual({
      kind: 'list',
      actor: 'did:plc:abc123',
      rkey: '3kl',
    })
    expect(parseBlueskyUrl('at://did:plc:abc123/app.bsky.feed.generator/atproto')).toEqual({
      kind: 'feed',
      actor: 'did:plc:abc123',
      rkey: 'atproto',
    })
    expect(parseBlueskyUrl('at://alice.example')).toEqual({
      kind: 'profile',
      actor: 'alice.example',
    })
  })

  it('refuses other sites, other pages and malformed parts', () => {
    for (const url of [
      'https://example.com/profile/alice.example/post/3k',
      'https://bsky.app.evil.example/profile/alice.example/post/3k',
      'https://bsky.app/search?q=rstats',
      'https://bsky.app/starter-pack/alice.example/3kpack',
      'https://bsky.app/profile/alice.example/post',
      'https://bsky.app/profile/alice.example/post/3k/extra',
      'https://bsky.app/profile/not a handle/post/3k',
      'https://bsky.app/profile/alice.example/post/bad%20rkey',
      'https://bsky.app/profile/%E0%A4%A/post/3k',
      'javascript:alert(1)//bsky.app/profile/alice.example',
      'at://did:plc:abc123/app.bsky.feed.like/3k',
      'at://did:plc:abc123/app.bsky.feed.post',
      'at://nobody/app.bsky.feed.post/3k',
      'not a url',
    ])
      expect(parseBlueskyUrl(url), url).toBeUndefined()
  })
})

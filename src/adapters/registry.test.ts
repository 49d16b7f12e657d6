import { describe, expect, it } from 'vitest'
import { sourceById, sourceForUrl, SOURCES } from './registry'

describe('source registry', () => {
  it('lists every network, each loading the adapter it describes', async () => {
    expect(SOURCES.map((source) => source.label)).toEqual([
      'Mastodon',
      'Bluesky',
      'Feeds (RSS, Atom, JSON)',
      'Links (oEmbed)',
      'Reddit',
      'Hacker News',
      'Lemmy',
    ])
    expect(new Set(SOURCES.map((source) => source.id)).size).toBe(SOURCES.length)
    for (const source of SOURCES) {
      const adapter = await source.load()
      expect(adapter.id).toBe(source.id)
      expect(adapter.defaultServer).toBe(source.defaultServer)
      expect(adapter.queryKinds).toEqual(source.queryKinds)
      expect(typeof adapter.search).toBe('function')
    }
  })

  it('finds a source by id', () => {
    expect(sourceById('bluesky')?.label).toBe('Bluesky')
    expect(sourceById('myspace')).toBeUndefined()
  })

  it('gives a link to the network it belongs to, Bluesky before Mastodon', () => {
    expect(sourceForUrl('https://bsky.app/profile/bsky.app/post/3l6oveex3ii2l')?.id).toBe('bluesky')
    expect(sourceForUrl('https://mastodon.social/@Gargron/113000000000000000')?.id).toBe('mastodon')
    expect(sourceForUrl('https://www.reddit.com/r/rust/comments/abc123/some_title/')?.id).toBe(
      'reddit',
    )
    expect(sourceForUrl('https://news.ycombinator.com/item?id=8863')?.id).toBe('hackernews')
    expect(sourceForUrl('https://www.youtube.com/watch?v=pO5L6vXtxsI')?.id).toBe('oembed')
    expect(sourceForUrl('https://x.com/jack/status/20')?.id).toBe('oembed')
    expect(sourceForUrl('https://www.threads.com/@zuck/post/C1a2b3c4d5e')?.id).toBe('oembed')
    expect(sourceForUrl('https://lemmy.world/post/123456')?.id).toBe('lemmy')
    expect(sourceForUrl('https://mastodon.social/@Gargron.rss')?.id).toBe('feed')
    expect(sourceForUrl('https://example.org/blog/feed.xml')?.id).toBe('feed')
    expect(sourceForUrl('https://example.org/blog/hello')).toBeUndefined()
    expect(sourceForUrl('javascript:alert(1)')).toBeUndefined()
    expect(sourceForUrl('not a link')).toBeUndefined()
  })
})

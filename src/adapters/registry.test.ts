import { describe, expect, it } from 'vitest'
import { sourceById, sourceForUrl, SOURCES } from './registry'

describe('source registry', () => {
  it('lists Mastodon then Bluesky, each loading the adapter it describes', async () => {
    expect(SOURCES.map((source) => source.label)).toEqual(['Mastodon', 'Bluesky'])
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
    expect(sourceForUrl('https://example.org/blog/hello')).toBeUndefined()
    expect(sourceForUrl('javascript:alert(1)')).toBeUndefined()
    expect(sourceForUrl('not a link')).toBeUndefined()
  })
})

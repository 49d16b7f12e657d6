import { describe, expect, it } from 'vitest'
import { hackernewsAdapter } from '../hackernews/hackernewsAdapter'
import { redditAdapter } from '../reddit/redditAdapter'
import { sourceById } from '../registry'
import { lemmyAdapter } from './lemmyAdapter'

// Reddit, Hacker News and Lemmy are registered together; one check for the three entries.
describe('registry entries of Reddit, Hacker News and Lemmy', () => {
  it.each([
    ['reddit', redditAdapter],
    ['hackernews', hackernewsAdapter],
    ['lemmy', lemmyAdapter],
  ])('%s loads the adapter its descriptor describes', async (id, adapter) => {
    const entry = sourceById(id)
    expect(entry?.label).toBe(adapter.label)
    expect(entry?.queryKinds).toEqual(adapter.queryKinds)
    expect(await entry?.load()).toBe(adapter)
  })
})

import { describe, expect, it } from 'vitest'
import type { RecheckResult, SourceAdapter } from '../../adapters/types'
import type { Post } from '../../domain/post'
import { makeTestPost } from '../../renderers/testPosts'
import { checkPostSources, type SourceCheckDeps } from './checkPostSources'

const NOW = new Date('2026-11-25T12:00:00.000Z')

const adapterAnswering = (answer: (post: Post) => Promise<RecheckResult>): SourceAdapter => ({
  id: 'mastodon',
  label: 'Mastodon',
  defaultServer: 'https://x.example',
  queryKinds: [],
  matchesUrl: () => false,
  search: async () => ({ posts: [] }),
  resolveUrl: async () => {
    throw new Error('unused')
  },
  recheck: answer,
})

const depsWith = (adapter: SourceAdapter | undefined): SourceCheckDeps => ({
  adapterFor: async (source) => (source === 'mastodon' ? adapter : undefined),
  contextFor: (_adapter, signal) => ({ fetch: fetch, settings: { server: '' }, signal }),
  now: () => NOW,
})

describe('checkPostSources', () => {
  it('sorts posts into live, edited, deleted, unavailable and cannot be checked', async () => {
    const posts = [
      makeTestPost('live'),
      makeTestPost('edited'),
      makeTestPost('deleted'),
      makeTestPost('private'),
      makeTestPost('sample', { source: 'sample' }),
      makeTestPost('offline'),
    ]
    const adapter = adapterAnswering(async (post) => {
      if (post.id === 'edited') return { state: 'live', post: { ...post, text: 'Changed' } }
      if (post.id === 'deleted') return { state: 'deleted' }
      if (post.id === 'private') return { state: 'unavailable', reason: 'private' }
      if (post.id === 'offline') throw new TypeError('Failed to fetch')
      return { state: 'live', post }
    })
    const run = await checkPostSources(posts, depsWith(adapter))
    expect(run.summary).toEqual({
      live: 1,
      edited: 1,
      deleted: 1,
      unavailable: 1,
      uncheckable: 1,
      failed: 1,
    })
    expect(run.checks.get('deleted')).toEqual({ state: 'deleted', checkedAt: NOW.toISOString() })
    expect(run.checks.get('edited')).toMatchObject({ state: 'edited', currentText: 'Changed' })
    expect(run.checks.get('private')).toMatchObject({ state: 'unavailable', reason: 'private' })
    // A failed read leaves the post's last status as it was.
    expect(run.checks.has('offline')).toBe(false)
    expect(run.checks.has('sample')).toBe(false)
  })

  it('a source without recheck cannot be checked', async () => {
    const { recheck: _none, ...withoutRecheck } = adapterAnswering(async () => ({
      state: 'deleted',
    }))
    const run = await checkPostSources([makeTestPost('a')], depsWith(withoutRecheck))
    expect(run.summary.uncheckable).toBe(1)
  })

  it('reads two at a time and stops starting new reads when cancelled', async () => {
    const controller = new AbortController()
    let running = 0
    let peak = 0
    let started = 0
    const adapter = adapterAnswering(async (post) => {
      started += 1
      running += 1
      peak = Math.max(peak, running)
      await new Promise((resolve) => setTimeout(resolve, 5))
      running -= 1
      return { state: 'live', post }
    })
    const posts = Array.from({ length: 8 }, (_, index) => makeTestPost(`p${index}`))
    const run = await checkPostSources(posts, depsWith(adapter), {
      signal: controller.signal,
      onProgress: (done) => {
        if (done === 3) controller.abort()
      },
    })
    expect(peak).toBe(2)
    expect(run.cancelled).toBe(true)
    expect(started).toBeLessThan(8)
  })
})

import { describe, expect, it } from 'vitest'
import { mastodonSource } from '../../../adapters/mastodon/mastodonSource'
import { SourceError } from '../../../adapters/sourceError'
import type { AdapterContext, ResultPage, SourceAdapter } from '../../../adapters/types'
import type { Post } from '../../../domain/post'
import {
  appendNew,
  loadingState,
  loadMoreFrom,
  loadPage,
  retryFrom,
  type PageLoad,
  type SearchRequest,
} from './sourcePaging'

const post = (id: string): Post => ({
  id: `mastodon:https://example.social/statuses/${id}`,
  source: 'mastodon',
  url: `https://example.social/@lea/${id}`,
  author: { name: 'Léa', handle: '@lea@example.social' },
  createdAt: '2025-01-01T00:00:00.000Z',
  fetchedAt: '2025-01-01T00:00:00.000Z',
  text: id,
  html: `<p>${id}</p>`,
  media: [],
  availability: { state: 'available' },
})

const idsOf = (posts: Post[]) => posts.map((item) => item.text)

/**
 * A source whose pages are given by cursor ('' for the first); a page given as an Error fails
 * once, then answers. Records the cursors asked for.
 */
const scriptedSource = (pages: Record<string, ResultPage | Error>) => {
  const asked: Array<string | undefined> = []
  const failed = new Set<string>()
  const adapter = {
    ...mastodonSource,
    search: (_query, _options, _context, cursor) => {
      asked.push(cursor)
      const answer = pages[cursor ?? '']
      if (answer instanceof Error && !failed.has(cursor ?? '')) {
        failed.add(cursor ?? '')
        return Promise.reject(answer)
      }
      if (!answer || answer instanceof Error) {
        const page = pages[`${cursor ?? ''}:after-failure`]
        if (page && !(page instanceof Error)) return Promise.resolve(page)
        return Promise.reject(new Error(`no page scripted for ${String(cursor)}`))
      }
      return Promise.resolve(answer)
    },
    resolveUrl: () => Promise.reject(new Error('not used')),
  } satisfies SourceAdapter
  const request: SearchRequest = {
    source: { ...mastodonSource, load: () => Promise.resolve(adapter) },
    server: 'https://example.social',
    query: { kind: 'hashtag', tag: 'cats' },
    options: {},
  }
  return { request, asked }
}

const context: AdapterContext = {
  fetch: () => Promise.reject(new Error('no network in this test')),
  settings: { server: 'https://example.social' },
}

describe('appendNew', () => {
  it('adds the posts not shown yet, in the order of the page', () => {
    const shown = [post('1'), post('2')]
    expect(idsOf(appendNew(shown, [post('2'), post('3'), post('3'), post('4')]))).toEqual([
      '1',
      '2',
      '3',
      '4',
    ])
  })
})

describe('loadPage', () => {
  it('appends a page and keeps its next cursor', async () => {
    const { request } = scriptedSource({
      '': { posts: [post('1'), post('2')], next: 'c2' },
      c2: { posts: [post('2'), post('3')] },
    })
    const first = await loadPage({ request, shown: [] }, context)
    expect(first).toMatchObject({ phase: 'done', next: 'c2' })
    const load = loadMoreFrom(first!)
    expect(load?.cursor).toBe('c2')
    const second = await loadPage(load!, context)
    expect(idsOf(second!.posts)).toEqual(['1', '2', '3'])
    expect(second!.next).toBeUndefined()
    expect(loadMoreFrom(second!)).toBeUndefined()
  })

  it('keeps the posts and the failed cursor, and Retry reads that same page', async () => {
    const { request, asked } = scriptedSource({
      '': { posts: [post('1')], next: 'c2' },
      c2: new SourceError('network', 'example.social could not be reached'),
      'c2:after-failure': { posts: [post('2')], next: 'c3' },
      c3: { posts: [post('3')] },
    })
    const first = await loadPage({ request, shown: [] }, context)
    const failed = await loadPage(loadMoreFrom(first!)!, context)
    expect(failed?.failure).toMatchObject({ retry: 'more' })
    expect(idsOf(failed!.posts)).toEqual(['1'])
    expect(failed!.next).toBe('c2')

    const retry = retryFrom(failed!)
    expect(retry).toMatchObject({ cursor: 'c2' })
    const resumed = await loadPage(retry!, context)
    const last = await loadPage(loadMoreFrom(resumed!)!, context)
    expect(idsOf(last!.posts)).toEqual(['1', '2', '3'])
    expect(asked).toEqual([undefined, 'c2', 'c2', 'c3'])
  })

  it('retries a failed first page as a new search', async () => {
    const { request } = scriptedSource({
      '': new SourceError('timeout', 'example.social did not answer'),
      ':after-failure': { posts: [post('1')] },
    })
    const failed = await loadPage({ request, shown: [] }, context)
    expect(failed?.failure).toMatchObject({ retry: 'search' })
    const retry = retryFrom(failed!) as PageLoad
    expect(retry.cursor).toBeUndefined()
    expect(retry.shown).toEqual([])
    expect(retryFrom({ posts: [], phase: 'done' })).toBeUndefined()
  })

  it('settles to nothing when the load was cancelled', async () => {
    const { request } = scriptedSource({ '': { posts: [post('1')] } })
    const controller = new AbortController()
    controller.abort()
    expect(await loadPage({ request, shown: [] }, { ...context, signal: controller.signal })).toBe(
      undefined,
    )
  })

  it('says which kind of load is running, with the posts shown so far', () => {
    const { request } = scriptedSource({})
    expect(loadingState({ request, shown: [] }).phase).toBe('searching')
    const more = loadingState({ request, cursor: 'c2', shown: [post('1')] })
    expect(more).toMatchObject({ phase: 'loading-more', next: 'c2' })
    expect(idsOf(more.posts)).toEqual(['1'])
  })
})

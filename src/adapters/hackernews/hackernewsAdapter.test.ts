import { describe, expect, it, vi } from 'vitest'
import { readFixtureJson } from '../../test/fixturePath'
import { createRateLimitBook } from '../rateLimitBook'
import { SourceError } from '../sourceError'
import { createReplayTransport, type ReplayRoute } from '../testing/replayTransport'
import type { AdapterContext } from '../types'
import { hackernewsAdapter, THREAD_CAP } from './hackernewsAdapter'

const NOW = Date.parse('2026-08-02T10:00:00.000Z')
const API = 'https://hacker-news.firebaseio.com/v0'
const item = (id: number) => `${API}/item/${id}.json`
const readme = (name: string) => readFixtureJson(`hackernews/hn-readme-${name}.json`)

const setup = (routes: ReplayRoute[]) => {
  const transport = createReplayTransport(routes)
  const context: AdapterContext = {
    fetch: transport.fetch,
    settings: { server: API },
    sleep: vi.fn(() => Promise.resolve()),
    now: () => NOW,
    random: () => 0,
    rateLimits: createRateLimitBook(),
  }
  return { transport, context }
}

const failure = async (promise: Promise<unknown>): Promise<SourceError> => {
  try {
    await promise
  } catch (error) {
    if (error instanceof SourceError) return error
    throw error
  }
  throw new Error('expected the promise to reject')
}

/** Hand-made comments (not recorded): HN items are tiny, and the README has no thread. */
const comment = (id: number, parent: number, kids: number[] = []) => ({
  by: `user${id}`,
  id,
  parent,
  kids,
  text: `Comment ${id}`,
  time: 1175714300,
  type: 'comment',
})

describe('hackernewsAdapter description', () => {
  it('names itself and claims item links only', () => {
    expect(hackernewsAdapter.id).toBe('hackernews')
    expect(hackernewsAdapter.label).toBe('Hacker News')
    expect(hackernewsAdapter.defaultServer).toBe(API)
    expect(hackernewsAdapter.matchesUrl(new URL('https://news.ycombinator.com/item?id=8863'))).toBe(
      true,
    )
    expect(hackernewsAdapter.matchesUrl(new URL('https://news.ycombinator.com/news'))).toBe(false)
    expect(hackernewsAdapter.matchesUrl(new URL('https://example.com/item?id=1'))).toBe(false)
  })
})

describe('item links', () => {
  it('reads one item directly from the API', async () => {
    const { transport, context } = setup([
      { match: item(8863), respond: { body: readme('item-8863') } },
    ])
    const page = await hackernewsAdapter.search(
      { kind: 'url', url: 'https://news.ycombinator.com/item?id=8863' },
      {},
      context,
    )
    expect(transport.urls()).toEqual([item(8863)])
    expect(transport.requests[0]?.headers).toEqual({ accept: 'application/json' })
    expect(page.posts.map((post) => post.id)).toEqual(['hackernews:8863'])
  })

  it('reads the thread breadth first, each answer replying to its parent', async () => {
    const story = { ...(readme('item-8863') as object), kids: [8952, 9224] }
    const { transport, context } = setup([
      { match: item(8863), respond: { body: story } },
      { match: item(8952), respond: { body: comment(8952, 8863, [9000]) } },
      {
        match: item(9224),
        respond: {
          body: { id: 9224, deleted: true, parent: 8863, time: 1175714400, type: 'comment' },
        },
      },
      { match: item(9000), respond: { body: comment(9000, 8952) } },
    ])
    const page = await hackernewsAdapter.search(
      { kind: 'url', url: 'https://news.ycombinator.com/item?id=8863' },
      { urlMode: 'thread' },
      context,
    )
    expect(transport.urls()).toEqual([item(8863), item(8952), item(9224), item(9000)])
    expect(page.posts.map((post) => post.id)).toEqual([
      'hackernews:8863',
      'hackernews:8952',
      'hackernews:9224',
      'hackernews:9000',
    ])
    expect(page.posts[1]?.replyTo).toEqual({
      url: 'https://news.ycombinator.com/item?id=8863',
      authorHandle: 'dhouston',
    })
    expect(page.posts[2]?.availability).toEqual({ state: 'unavailable', reason: 'deleted' })
    expect(page.posts[3]?.replyTo?.authorHandle).toBe('user8952')
  })

  it(`stops a thread at ${THREAD_CAP} items`, async () => {
    const kids = Array.from({ length: 150 }, (_, index) => 100_000 + index)
    const { transport, context } = setup([
      {
        match: item(1),
        respond: { body: { id: 1, by: 'a', time: 1, type: 'story', title: 'Big', kids } },
      },
      {
        match: (url) => url.pathname.startsWith('/v0/item/1000'),
        respond: { body: comment(100_001, 1) },
      },
    ])
    const page = await hackernewsAdapter.search(
      { kind: 'url', url: 'https://news.ycombinator.com/item?id=1' },
      { urlMode: 'thread' },
      context,
    )
    expect(transport.urls()).toHaveLength(THREAD_CAP)
    expect(page.posts).toHaveLength(THREAD_CAP)
  })

  it('reads a poll with its options, votes being their scores', async () => {
    // The README's one poll option (160705) stands in for the poll's parts; 126811 is a variation.
    const { transport, context } = setup([
      { match: item(126809), respond: { body: readme('item-126809') } },
      { match: item(126810), respond: { body: readme('item-160705') } },
      {
        match: item(126811),
        respond: {
          body: {
            ...(readme('item-160705') as object),
            id: 126811,
            text: 'No &amp; never',
            score: 7,
          },
        },
      },
      { match: item(126812), respond: { body: null } },
    ])
    const post = await hackernewsAdapter.resolveUrl(
      'https://news.ycombinator.com/item?id=126809',
      context,
    )
    expect(transport.urls()).toEqual([item(126809), item(126810), item(126811), item(126812)])
    expect(post.poll).toEqual({
      options: [
        { title: "Yes, ban them; I'm tired of seeing Valleywag stories on News.YC.", votes: 335 },
        { title: 'No & never', votes: 7 },
      ],
    })
  })

  it('says a missing item is not found (the API answers null)', async () => {
    const { context } = setup([{ match: item(5), respond: { body: null } }])
    const error = await failure(
      hackernewsAdapter.resolveUrl('https://news.ycombinator.com/item?id=5', context),
    )
    expect(error.kind).toBe('not-found')
    expect(error.message).toContain('5')
  })
})

describe('lists and users', () => {
  const ids = Array.from({ length: 45 }, (_, index) => 8863 + index)

  it('reads the first 30 of a story list, then the rest', async () => {
    const { transport, context } = setup([
      { match: `${API}/topstories.json`, respond: { body: ids } },
      {
        match: (url) => url.pathname.startsWith('/v0/item/'),
        respond: { body: readme('item-8863') },
      },
    ])
    const page = await hackernewsAdapter.search({ kind: 'text', text: 'Top' }, {}, context)
    expect(transport.urls()[0]).toBe(`${API}/topstories.json`)
    expect(transport.urls()).toHaveLength(31)
    expect(transport.urls()[30]).toBe(item(8863 + 29))
    expect(page.next).toBe('30')
    const rest = await hackernewsAdapter.search(
      { kind: 'text', text: 'top' },
      {},
      context,
      page.next,
    )
    expect(rest.posts).toHaveLength(15)
    expect(rest.next).toBeUndefined()
  })

  it('reads a user’s submissions with the account’s creation date, not karma', async () => {
    const { transport, context } = setup([
      { match: `${API}/user/jl.json`, respond: { body: readme('user-jl') } },
      {
        match: (url) => url.pathname.startsWith('/v0/item/'),
        respond: { body: { ...comment(8265435, 1), by: 'jl' } },
      },
    ])
    const page = await hackernewsAdapter.search({ kind: 'account', handle: 'jl' }, {}, context)
    expect(transport.urls()[1]).toBe(item(8265435))
    expect(page.posts).toHaveLength(30)
    expect(page.next).toBe('30')
    expect(page.posts[0]?.author.stats).toEqual({
      createdAt: new Date(1173923446 * 1000).toISOString(),
    })
    const typed = await hackernewsAdapter.search(
      { kind: 'text', text: 'user:jl' },
      { excludeReplies: true },
      context,
    )
    expect(typed.posts).toEqual([])
  })

  it('says an unknown user is not found', async () => {
    const { context } = setup([{ match: `${API}/user/nobody.json`, respond: { body: null } }])
    const error = await failure(
      hackernewsAdapter.search({ kind: 'account', handle: '@nobody' }, {}, context),
    )
    expect(error.kind).toBe('not-found')
  })
})

describe('failures', () => {
  it('explains that other words cannot be searched', async () => {
    const { context } = setup([])
    const error = await failure(
      hackernewsAdapter.search({ kind: 'text', text: 'rust' }, {}, context),
    )
    expect(error.kind).toBe('invalid-query')
    expect(error.message).toContain('no search')
  })

  it('reports HTML instead of JSON', async () => {
    const { context } = setup([
      { match: `${API}/newstories.json`, respond: { body: '<html>oops</html>' } },
    ])
    const error = await failure(
      hackernewsAdapter.search({ kind: 'text', text: 'new' }, {}, context),
    )
    expect(error.kind).toBe('invalid-response')
  })

  it('reports a list of the wrong shape', async () => {
    const { context } = setup([
      { match: `${API}/askstories.json`, respond: { body: { ids: [1] } } },
    ])
    const error = await failure(
      hackernewsAdapter.search({ kind: 'text', text: 'ask' }, {}, context),
    )
    expect(error.kind).toBe('invalid-response')
    expect(error.message).toContain('not a list of ids')
  })

  it('reports 404 and 429 with Retry-After', async () => {
    const { context } = setup([
      { match: `${API}/showstories.json`, respond: { status: 404, body: { error: 'Not found' } } },
      {
        match: `${API}/beststories.json`,
        respond: { status: 429, headers: { 'retry-after': '3' } },
      },
    ])
    expect(
      (await failure(hackernewsAdapter.search({ kind: 'text', text: 'show' }, {}, context))).kind,
    ).toBe('not-found')
    const limited = await failure(
      hackernewsAdapter.search({ kind: 'text', text: 'best' }, {}, context),
    )
    expect(limited.kind).toBe('rate-limited')
    expect(limited.details.retryAfterMs).toBe(3000)
  })

  it('refuses a cursor that is not an offset', async () => {
    const { context } = setup([{ match: `${API}/topstories.json`, respond: { body: [1] } }])
    const error = await failure(
      hackernewsAdapter.search({ kind: 'text', text: 'top' }, {}, context, 'x'),
    )
    expect(error.kind).toBe('invalid-query')
  })
})

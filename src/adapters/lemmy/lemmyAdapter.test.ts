import { describe, expect, it, vi } from 'vitest'
import { readFixtureJson } from '../../test/fixturePath'
import { createRateLimitBook } from '../rateLimitBook'
import { SourceError } from '../sourceError'
import { createReplayTransport, type ReplayRoute } from '../testing/replayTransport'
import type { AdapterContext } from '../types'
import { lemmyAdapter } from './lemmyAdapter'

const NOW = Date.parse('2026-08-02T10:00:00.000Z')
const WORLD = 'https://lemmy.world'
/** A real PostView (sh.itjust.works, 2023); see fixtures/SOURCES.md. */
const VIEW = readFixtureJson('lemmy/muffed-postview-sh-itjust-works.json')
/**
 * The envelopes around it are hand-made from the documented v3 responses (GetPostsResponse
 * `{posts}`, SearchResponse `{type_, posts, …}`, GetPostResponse `{post_view, …}`): no recorded
 * Lemmy response was found in a public repository.
 */
const listOf = (count: number) => ({ posts: Array.from({ length: count }, () => VIEW) })

const setup = (routes: ReplayRoute[], server = WORLD) => {
  const transport = createReplayTransport(routes)
  const context: AdapterContext = {
    fetch: transport.fetch,
    settings: { server },
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

const LIST = (name: string, page = 1) =>
  `${WORLD}/api/v3/post/list?community_name=${encodeURIComponent(name)}&sort=New&limit=20&page=${page}`

describe('lemmyAdapter description', () => {
  it('names itself and claims /post/<n> links', () => {
    expect(lemmyAdapter.id).toBe('lemmy')
    expect(lemmyAdapter.label).toBe('Lemmy')
    expect(lemmyAdapter.defaultServer).toBe(WORLD)
    expect(lemmyAdapter.matchesUrl(new URL('https://sh.itjust.works/post/5716352'))).toBe(true)
    expect(lemmyAdapter.matchesUrl(new URL('https://sh.itjust.works/c/muffed'))).toBe(false)
    expect(lemmyAdapter.matchesUrl(new URL('https://mastodon.social/@a/1'))).toBe(false)
  })
})

describe('communities', () => {
  it.each([
    ['!muffed', 'muffed'],
    ['!muffed@sh.itjust.works', 'muffed@sh.itjust.works'],
    ['c/muffed', 'muffed'],
  ])('lists %s newest first on the chosen server', async (text, name) => {
    const { transport, context } = setup([{ match: LIST(name), respond: { body: listOf(1) } }])
    const page = await lemmyAdapter.search({ kind: 'text', text }, {}, context)
    expect(transport.urls()).toEqual([LIST(name)])
    expect(page.posts.map((post) => post.id)).toEqual([
      'lemmy:https://sh.itjust.works/post/5716352',
    ])
    expect(page.next).toBeUndefined()
  })

  it('reads a community link as name@host, and pages while pages are full', async () => {
    const name = 'muffed@sh.itjust.works'
    const { transport, context } = setup([
      { match: LIST(name), respond: { body: listOf(20) } },
      { match: LIST(name, 2), respond: { body: listOf(3) } },
    ])
    const first = await lemmyAdapter.search(
      { kind: 'url', url: 'https://sh.itjust.works/c/muffed' },
      {},
      context,
    )
    expect(first.next).toBe('2')
    const second = await lemmyAdapter.search(
      { kind: 'url', url: 'https://sh.itjust.works/c/muffed' },
      {},
      context,
      first.next,
    )
    expect(transport.urls()).toEqual([LIST(name), LIST(name, 2)])
    expect(second.posts).toHaveLength(3)
    expect(second.next).toBeUndefined()
  })

  it('says an unknown community is not found', async () => {
    const { context } = setup([
      { match: LIST('nope'), respond: { status: 404, body: { error: 'couldnt_find_community' } } },
    ])
    const error = await failure(lemmyAdapter.search({ kind: 'text', text: '!nope' }, {}, context))
    expect(error.kind).toBe('not-found')
    expect(error.message).toBe('lemmy.world has no community nope.')
  })
})

describe('search and posts', () => {
  it('searches posts by words on the chosen server', async () => {
    const url =
      'https://lemmy.ml/api/v3/search?q=flutter+client&type_=Posts&sort=New&limit=20&page=1'
    const { transport, context } = setup(
      [
        {
          match: url,
          respond: {
            body: { type_: 'Posts', comments: [], posts: [VIEW], communities: [], users: [] },
          },
        },
      ],
      'lemmy.ml',
    )
    const page = await lemmyAdapter.search({ kind: 'text', text: 'flutter client' }, {}, context)
    expect(transport.urls()).toEqual([url])
    expect(page.posts).toHaveLength(1)
  })

  it('reads a post link on its own instance', async () => {
    const url = 'https://sh.itjust.works/api/v3/post?id=5716352'
    const { transport, context } = setup([
      { match: url, respond: { body: { post_view: VIEW, cross_posts: [], moderators: [] } } },
    ])
    const post = await lemmyAdapter.resolveUrl('https://sh.itjust.works/post/5716352', context)
    expect(transport.urls()).toEqual([url])
    expect(post.sourceRef).toBe(url)
    expect(post.author.handle).toBe('@freshfieldreds@sh.itjust.works · !muffed@sh.itjust.works')
  })

  it('does not pretend to read comments', async () => {
    const { context } = setup([])
    const error = await failure(
      lemmyAdapter.search(
        { kind: 'url', url: 'https://sh.itjust.works/post/1' },
        { urlMode: 'thread' },
        context,
      ),
    )
    expect(error.kind).toBe('unsupported')
  })
})

describe('failures', () => {
  it('reports a missing post, HTML, the wrong shape and 429', async () => {
    const { context } = setup([
      {
        match: `${WORLD}/api/v3/post?id=1`,
        respond: { status: 400, body: { error: 'couldnt_find_post' } },
      },
      { match: `${WORLD}/api/v3/post?id=2`, respond: { status: 404, body: '<h1>404</h1>' } },
      { match: LIST('html'), respond: { body: '<!doctype html><title>Not Lemmy</title>' } },
      { match: LIST('shape'), respond: { body: { posts: 'none' } } },
      { match: LIST('busy'), respond: { status: 429, headers: { 'retry-after': '9' } } },
    ])
    const missing = await failure(lemmyAdapter.resolveUrl(`${WORLD}/post/1`, context))
    expect(missing.kind).toBe('not-found')
    expect(missing.message).toBe('lemmy.world has no post 1.')
    const notLemmy = await failure(lemmyAdapter.resolveUrl(`${WORLD}/post/2`, context))
    expect(notLemmy.message).toBe('lemmy.world has no Lemmy API; is it a Lemmy instance?')
    const html = await failure(lemmyAdapter.search({ kind: 'text', text: '!html' }, {}, context))
    expect(html.kind).toBe('invalid-response')
    expect(html.message).toContain('did not answer like a Lemmy instance')
    const shape = await failure(lemmyAdapter.search({ kind: 'text', text: '!shape' }, {}, context))
    expect(shape.message).toBe('lemmy.world sent posts that are not a list.')
    const busy = await failure(lemmyAdapter.search({ kind: 'text', text: '!busy' }, {}, context))
    expect(busy.kind).toBe('rate-limited')
    expect(busy.details.retryAfterMs).toBe(9000)
  })

  it('refuses hashtags, plain-http servers and bad cursors', async () => {
    const { context } = setup([])
    expect(
      (await failure(lemmyAdapter.search({ kind: 'hashtag', tag: 'x' }, {}, context))).kind,
    ).toBe('unsupported')
    const insecure = setup([], 'http://lemmy.example').context
    expect(
      (await failure(lemmyAdapter.search({ kind: 'text', text: '!a' }, {}, insecure))).kind,
    ).toBe('invalid-query')
    expect(
      (await failure(lemmyAdapter.search({ kind: 'text', text: '!a' }, {}, context, 'x'))).kind,
    ).toBe('invalid-query')
  })
})

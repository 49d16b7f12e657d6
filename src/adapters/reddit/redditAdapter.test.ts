import { describe, expect, it, vi } from 'vitest'
import { readFileSync } from 'node:fs'
import { fixturePath, readFixtureJson } from '../../test/fixturePath'
import { createRateLimitBook } from '../rateLimitBook'
import { createRelayAccess } from '../relayAccess'
import { SourceError } from '../sourceError'
import { createReplayTransport, type ReplayRoute } from '../testing/replayTransport'
import { recordedFixture } from '../testing/testRecordedFixture'
import type { AdapterContext } from '../types'
import { createRedditAdapter, redditAdapter } from './redditAdapter'

const NOW = Date.parse('2026-08-02T10:00:00.000Z')
const RELAY = 'https://editor.example/relay'

const fixture = (name: string) => readFixtureJson(`reddit/${name}.json`)
const viaRelay = (target: string, purpose = 'reddit') =>
  `${RELAY}?${new URLSearchParams({ url: target, purpose }).toString()}`

const setup = (routes: ReplayRoute[], withRelay = true) => {
  const transport = createReplayTransport(routes)
  const context: AdapterContext = {
    fetch: transport.fetch,
    settings: { server: 'https://www.reddit.com' },
    sleep: vi.fn(() => Promise.resolve()),
    now: () => NOW,
    random: () => 0,
    rateLimits: createRateLimitBook(),
    ...(withRelay ? { relay: createRelayAccess(RELAY) } : {}),
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

const NEW_TEST = 'https://www.reddit.com/r/test/new.json?limit=25&raw_json=1'
const BLOCK_PAGE =
  '<!DOCTYPE html><html><body>You have been blocked by network security.</body></html>'

describe('redditAdapter description', () => {
  it('names itself and claims Reddit links only', () => {
    expect(redditAdapter.id).toBe('reddit')
    expect(redditAdapter.label).toBe('Reddit')
    expect(redditAdapter.defaultServer).toBe('https://www.reddit.com')
    expect(redditAdapter.queryKinds).toEqual(['url', 'text'])
    expect(redditAdapter.matchesUrl(new URL('https://old.reddit.com/r/test/comments/abc/x/'))).toBe(
      true,
    )
    expect(redditAdapter.matchesUrl(new URL('https://redd.it/abc123'))).toBe(true)
    expect(redditAdapter.matchesUrl(new URL('https://mastodon.social/@a/1'))).toBe(false)
  })
})

describe('subreddit listing', () => {
  it('reads r/sub through the relay and pages with after', async () => {
    const { transport, context } = setup([
      { match: viaRelay(NEW_TEST), respond: { body: fixture('go-reddit-subreddit-posts') } },
      {
        match: viaRelay(`${NEW_TEST}&after=t3_hyhquk`),
        respond: { body: { kind: 'Listing', data: { children: [], after: null } } },
      },
    ])
    const page = await redditAdapter.search({ kind: 'text', text: 'r/test' }, {}, context)
    expect(transport.urls()).toEqual([viaRelay(NEW_TEST)])
    expect(page.posts.map((post) => post.id)).toEqual(['reddit:t3_agi5zf', 'reddit:t3_hyhquk'])
    expect(page.next).toBe('t3_hyhquk')

    const second = await redditAdapter.search(
      { kind: 'text', text: '/r/test' },
      {},
      context,
      page.next,
    )
    expect(transport.urls()[1]).toBe(viaRelay(`${NEW_TEST}&after=t3_hyhquk`))
    expect(second).toEqual({ posts: [] })
  })

  it('reads a subreddit link the same way', async () => {
    const { transport, context } = setup([
      { match: viaRelay(NEW_TEST), respond: { body: fixture('go-reddit-subreddit-posts') } },
    ])
    await redditAdapter.search(
      { kind: 'url', url: 'https://old.reddit.com/r/test/top/' },
      {},
      context,
    )
    expect(transport.urls()).toEqual([viaRelay(NEW_TEST)])
  })

  it('refuses a cursor that is not a post fullname', async () => {
    const { context } = setup([])
    const error = await failure(
      redditAdapter.search({ kind: 'text', text: 'r/test' }, {}, context, 'https://evil.example'),
    )
    expect(error.kind).toBe('invalid-query')
  })
})

describe('search', () => {
  it('searches all of Reddit by words, newest first', async () => {
    const url = 'https://www.reddit.com/search.json?q=praw+oauth&sort=new&raw_json=1&limit=25'
    const { transport, context } = setup([
      { match: viaRelay(url), respond: recordedFixture('reddit/praw-search-r-all.json') },
    ])
    const page = await redditAdapter.search({ kind: 'text', text: 'praw oauth' }, {}, context)
    expect(transport.urls()).toEqual([viaRelay(url)])
    expect(page.posts).toHaveLength(6)
    expect(page.next).toBeUndefined()
  })

  it('searches within a subreddit with r/sub words', async () => {
    const url =
      'https://www.reddit.com/r/test/search.json?q=video+post&restrict_sr=1&sort=new&raw_json=1&limit=25'
    const { transport, context } = setup([
      { match: viaRelay(url), respond: { body: fixture('go-reddit-search-posts') } },
    ])
    const page = await redditAdapter.search(
      { kind: 'text', text: 'r/test video post' },
      {},
      context,
    )
    expect(transport.urls()).toEqual([viaRelay(url)])
    expect(page.posts.map((post) => post.id)).toEqual(['reddit:t3_hybow9', 'reddit:t3_hmwhd7'])
    expect(page.next).toBe('t3_hmwhd7')
  })
})

describe('post links', () => {
  const THREAD = 'https://www.reddit.com/comments/testpost.json?raw_json=1'

  it('reads the post alone from any Reddit host', async () => {
    const { transport, context } = setup([
      { match: viaRelay(THREAD), respond: { body: fixture('go-reddit-post-with-comments') } },
    ])
    const page = await redditAdapter.search(
      { kind: 'url', url: 'https://new.reddit.com/r/test/comments/testpost/test/' },
      {},
      context,
    )
    expect(transport.urls()).toEqual([viaRelay(THREAD)])
    expect(page.posts.map((post) => post.id)).toEqual(['reddit:t3_testpost'])
  })

  it('adds the top-level comments in thread mode, answering the post', async () => {
    const { context } = setup([
      { match: viaRelay(THREAD), respond: { body: fixture('go-reddit-post-with-comments') } },
    ])
    const page = await redditAdapter.search(
      { kind: 'url', url: 'https://redd.it/testpost' },
      { urlMode: 'thread' },
      context,
    )
    expect(page.posts.map((post) => post.id)).toEqual(['reddit:t3_testpost', 'reddit:t1_testc1'])
    expect(page.posts[1]?.replyTo).toEqual({
      url: 'https://www.reddit.com/r/test/comments/testpost/test/',
      authorHandle: 'u/testuser · r/test',
    })
  })

  it('resolves a link to one post, and maps 404 to a deleted-or-wrong message', async () => {
    const crosspost = 'https://www.reddit.com/comments/6vx8n0.json?raw_json=1'
    const missing = 'https://www.reddit.com/comments/zzz.json?raw_json=1'
    const { context } = setup([
      {
        match: viaRelay(crosspost),
        respond: recordedFixture('reddit/praw-comments-crosspost.json'),
      },
      {
        match: viaRelay(missing),
        respond: { status: 404, body: { message: 'Not Found', error: 404 } },
      },
    ])
    const post = await redditAdapter.resolveUrl(
      'https://www.reddit.com/r/x/comments/6vx8n0/test_title/',
      context,
    )
    expect(post.id).toBe('reddit:t3_6vx8n0')
    const error = await failure(redditAdapter.resolveUrl('https://redd.it/zzz', context))
    expect(error.kind).toBe('not-found')
    expect(error.message).toContain('zzz')
  })
})

describe('failures', () => {
  it('needs the relay', async () => {
    const { transport, context } = setup([], false)
    const error = await failure(redditAdapter.search({ kind: 'text', text: 'r/test' }, {}, context))
    expect(error.kind).toBe('relay-required')
    expect(transport.urls()).toEqual([])
  })

  it('rejects queries it cannot read', async () => {
    const { context } = setup([])
    expect(
      (await failure(redditAdapter.search({ kind: 'hashtag', tag: 'x' }, {}, context))).kind,
    ).toBe('unsupported')
    const notReddit = await failure(
      redditAdapter.search({ kind: 'url', url: 'https://example.com/r/x' }, {}, context),
    )
    expect(notReddit.kind).toBe('invalid-query')
  })

  it('says so when the answer is JSON of the wrong shape', async () => {
    const { context } = setup([{ match: viaRelay(NEW_TEST), respond: { body: { error: 'nope' } } }])
    const error = await failure(redditAdapter.search({ kind: 'text', text: 'r/test' }, {}, context))
    expect(error.kind).toBe('invalid-response')
    expect(error.message).toContain('not a listing')
  })

  it('reports a 429 with its Retry-After after the retries', async () => {
    const { context, transport } = setup([
      { match: viaRelay(NEW_TEST), respond: { status: 429, headers: { 'retry-after': '7' } } },
    ])
    const error = await failure(redditAdapter.search({ kind: 'text', text: 'r/test' }, {}, context))
    expect(error.kind).toBe('rate-limited')
    expect(error.details.retryAfterMs).toBe(7000)
    expect(transport.urls()).toHaveLength(4)
  })

  it('without a feed reader, a block page is reported as a refusal', async () => {
    const { context } = setup([{ match: viaRelay(NEW_TEST), respond: { body: BLOCK_PAGE } }])
    const adapter = createRedditAdapter()
    const error = await failure(adapter.search({ kind: 'text', text: 'r/test' }, {}, context))
    expect(error.kind).toBe('invalid-response')
    expect(error.message).toContain('no feed reader')
  })
})

describe('feed fallback', () => {
  const FEED = 'https://www.reddit.com/r/test/new.rss'
  const ATOM = '<feed xmlns="http://www.w3.org/2005/Atom"><title>r/test</title></feed>'

  it('reads the RSS version through the feed relay when the JSON is refused', async () => {
    const readFeed = vi.fn(() => Promise.resolve([]))
    const adapter = createRedditAdapter({ readFeed })
    const { context, transport } = setup([
      { match: viaRelay(NEW_TEST), respond: { status: 403, body: BLOCK_PAGE } },
      {
        match: viaRelay(FEED, 'feed'),
        respond: { headers: { 'content-type': 'application/atom+xml' }, body: ATOM },
      },
    ])
    const page = await adapter.search({ kind: 'text', text: 'r/test' }, {}, context)
    expect(transport.urls()).toEqual([viaRelay(NEW_TEST), viaRelay(FEED, 'feed')])
    expect(readFeed).toHaveBeenCalledWith({
      bytes: new TextEncoder().encode(ATOM),
      contentType: 'application/atom+xml',
      feedUrl: FEED,
      fetchedAt: '2026-08-02T10:00:00.000Z',
    })
    expect(page).toEqual({ posts: [] })
  })

  it('uses the search feed for words, and not for later pages', async () => {
    const json = 'https://www.reddit.com/search.json?q=cats&sort=new&raw_json=1&limit=25'
    const feed = 'https://www.reddit.com/search.rss?q=cats&sort=new'
    const readFeed = vi.fn(() => Promise.resolve([]))
    const adapter = createRedditAdapter({ readFeed })
    const { context, transport } = setup([
      { match: viaRelay(json), respond: { body: BLOCK_PAGE } },
      { match: viaRelay(feed, 'feed'), respond: { body: ATOM } },
      { match: viaRelay(`${json}&after=t3_a`), respond: { status: 403, body: BLOCK_PAGE } },
    ])
    await adapter.search({ kind: 'text', text: 'cats' }, {}, context)
    expect(transport.urls()[1]).toBe(viaRelay(feed, 'feed'))
    const error = await failure(adapter.search({ kind: 'text', text: 'cats' }, {}, context, 't3_a'))
    expect(error.kind).toBe('unauthorized')
  })

  it('maps the real Reddit Atom feed with the feed parser', async () => {
    const feedUrl = 'https://www.reddit.com/r/minecraft/new.rss'
    const atom = readFileSync(fixturePath('rss/prof18-atom-feed-reddit.xml'), 'utf8')
    const { context } = setup([
      {
        match: viaRelay('https://www.reddit.com/r/minecraft/new.json?limit=25&raw_json=1'),
        respond: { status: 403, body: BLOCK_PAGE },
      },
      { match: viaRelay(feedUrl, 'feed'), respond: { body: atom } },
    ])
    const page = await redditAdapter.search({ kind: 'text', text: 'r/minecraft' }, {}, context)
    expect(page.posts).toHaveLength(1)
    const [post] = page.posts
    expect(post?.source).toBe('reddit')
    expect(post?.url).toBe(
      'https://www.reddit.com/r/Minecraft/comments/1ldu6hr/vibrant_visuals_troubleshooting/',
    )
    expect(post?.html).toContain('Vibrant Visuals - Troubleshooting')
    expect(post?.html).not.toContain('<table')
  })

  it('uses the Atom entry id as the post fullname', async () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>r/test</title><entry><id>t3_abc12</id><title>Hi</title><link href="https://www.reddit.com/r/test/comments/abc12/hi/"/><updated>2025-06-22T10:10:32+00:00</updated><author><name>/u/someone</name></author></entry></feed>`
    const { context } = setup([
      { match: viaRelay(NEW_TEST), respond: { status: 403, body: BLOCK_PAGE } },
      { match: viaRelay(FEED, 'feed'), respond: { body: atom } },
    ])
    const page = await redditAdapter.search({ kind: 'text', text: 'r/test' }, {}, context)
    expect(page.posts.map((post) => [post.id, post.sourceRef])).toEqual([
      ['reddit:t3_abc12', 'https://www.reddit.com/comments/abc12.json?raw_json=1'],
    ])
  })

  it('says so when the feed is refused too', async () => {
    const { context } = setup([
      { match: viaRelay(NEW_TEST), respond: { status: 403, body: BLOCK_PAGE } },
      { match: viaRelay(FEED, 'feed'), respond: { body: BLOCK_PAGE } },
    ])
    const error = await failure(redditAdapter.search({ kind: 'text', text: 'r/test' }, {}, context))
    expect(error.kind).toBe('invalid-response')
    expect(error.message).toContain('its feed could not be read either')
  })
})

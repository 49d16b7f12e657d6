import { describe, expect, it } from 'vitest'
import { SourceError } from '../sourceError'
import type { SourceCredentials } from '../types'
import { blueskyAdapter } from './blueskyAdapter'
import { fakeContext, fixtureResponse, jsonResponse, paramsOf } from './testTransport'

const APPVIEW = 'https://public.api.bsky.app/xrpc'
const SOUBHIK = 'did:plc:ic6zqvuw5ulmfpjiwnhsr2ns'
const POST_URI = `at://${SOUBHIK}/app.bsky.feed.post/3k7qmjev5lr2s`
const POST_LINK = 'https://bsky.app/profile/soubhikbarari.bsky.social/post/3k7qmjev5lr2s'

const resolved = (did: string) => jsonResponse(200, { did })

const rejection = async (promise: Promise<unknown>): Promise<SourceError> => {
  try {
    await promise
  } catch (error) {
    if (error instanceof SourceError) return error
    throw error
  }
  throw new Error('expected a SourceError')
}

describe('blueskyAdapter', () => {
  it('describes itself', () => {
    expect(blueskyAdapter.id).toBe('bluesky')
    expect(blueskyAdapter.label).toBe('Bluesky')
    expect(blueskyAdapter.defaultServer).toBe('https://public.api.bsky.app')
    expect(blueskyAdapter.queryKinds).toEqual(['account', 'url', 'hashtag', 'text'])
  })

  it('recognises bsky.app links only', () => {
    expect(blueskyAdapter.matchesUrl(new URL(POST_LINK))).toBe(true)
    expect(blueskyAdapter.matchesUrl(new URL('https://bsky.app/profile/alice.example'))).toBe(true)
    expect(blueskyAdapter.matchesUrl(new URL('https://mastodon.social/@Gargron/1'))).toBe(false)
    expect(blueskyAdapter.matchesUrl(new URL('https://bsky.app/settings'))).toBe(false)
  })
})

describe('account queries (getAuthorFeed)', () => {
  it('asks the AppView for 50 posts with replies and pages with the cursor', async () => {
    const { context, requests } = fakeContext([fixtureResponse('bskyr-getAuthorFeed')])
    const page = await blueskyAdapter.search(
      { kind: 'account', handle: '@ChrisKenny.bsky.social' },
      {},
      context,
    )
    expect(requests.map((request) => request.url)).toEqual([
      `${APPVIEW}/app.bsky.feed.getAuthorFeed?actor=chriskenny.bsky.social&limit=50&filter=posts_with_replies`,
    ])
    expect(requests[0]?.method).toBe('GET')
    expect(requests[0]?.headers.authorization).toBeUndefined()
    expect(page.posts).toHaveLength(50)
    expect(page.next).toBe('2024-03-21T23:36:16.378Z')
    expect(page.posts[0]?.fetchedAt).toBe('2026-11-25T12:00:00.000Z')
  })

  it('sends the cursor of the previous page', async () => {
    const { context, requests } = fakeContext([fixtureResponse('bskyr-getAuthorFeed')])
    await blueskyAdapter.search(
      { kind: 'account', handle: 'did:plc:wpe35pganb6d4pg4ekmfy6u5' },
      { mediaOnly: true },
      context,
      '2024-03-21T23:36:16.378Z',
    )
    expect(paramsOf(requests[0]!.url)).toEqual({
      actor: 'did:plc:wpe35pganb6d4pg4ekmfy6u5',
      limit: '50',
      filter: 'posts_with_media',
      cursor: '2024-03-21T23:36:16.378Z',
    })
  })

  it('leaves out reposts and replies when asked', async () => {
    const { context, requests } = fakeContext([fixtureResponse('bskyr-getAuthorFeed')])
    const page = await blueskyAdapter.search(
      { kind: 'account', handle: 'chriskenny.bsky.social' },
      { excludeReposts: true, excludeReplies: true },
      context,
    )
    expect(paramsOf(requests[0]!.url).filter).toBe('posts_no_replies')
    // 50 recorded items: 7 reposts and 24 replies go.
    expect(page.posts).toHaveLength(19)
    expect(page.posts.some((post) => post.repostedBy || post.replyTo)).toBe(false)
    expect(page.next).toBe('2024-03-21T23:36:16.378Z')
  })

  it('uses the AppView the user configured', async () => {
    const { context, requests } = fakeContext([jsonResponse(200, { feed: [] })], {
      server: 'https://appview.example.org/',
    })
    const page = await blueskyAdapter.search(
      { kind: 'account', handle: 'alice.example' },
      {},
      context,
    )
    expect(requests[0]?.url.startsWith('https://appview.example.org/xrpc/')).toBe(true)
    expect(page).toEqual({ posts: [], next: undefined })
  })

  it('refuses a Mastodon-style account without asking anyone', async () => {
    const { context, requests } = fakeContext([])
    const error = await rejection(
      blueskyAdapter.search({ kind: 'account', handle: 'alice@mastodon.social' }, {}, context),
    )
    expect(error.kind).toBe('invalid-query')
    expect(error.message).toBe(
      '"alice@mastodon.social" is not a Bluesky handle (like name.bsky.social) or DID.',
    )
    expect(requests).toEqual([])
  })

  it('reports a malformed answer as an error, not as an empty list', async () => {
    const { context } = fakeContext([jsonResponse(200, { posts: [] })])
    const error = await rejection(
      blueskyAdapter.search({ kind: 'account', handle: 'alice.example' }, {}, context),
    )
    expect(error.kind).toBe('invalid-response')
    expect(error.message).toBe('app.bsky.feed.getAuthorFeed answered without a "feed" list.')
  })
})

describe('URL queries', () => {
  it('resolves the handle, then reads the single post with getPosts', async () => {
    const { context, requests } = fakeContext([
      resolved(SOUBHIK),
      fixtureResponse('bskyr-getPosts'),
    ])
    const page = await blueskyAdapter.search({ kind: 'url', url: POST_LINK }, {}, context)
    expect(requests.map((request) => request.url)).toEqual([
      `${APPVIEW}/com.atproto.identity.resolveHandle?handle=soubhikbarari.bsky.social`,
      `${APPVIEW}/app.bsky.feed.getPosts?uris=${encodeURIComponent(POST_URI)}`,
    ])
    expect(page.posts.map((post) => post.sourceRef)).toEqual([POST_URI])
    expect(page.next).toBeUndefined()
  })

  it('skips resolveHandle for links with a DID, and has no second page', async () => {
    const { context, requests } = fakeContext([fixtureResponse('bskyr-getPosts')])
    const link = `https://bsky.app/profile/${SOUBHIK}/post/3k7qmjev5lr2s`
    const page = await blueskyAdapter.search({ kind: 'url', url: link }, {}, context)
    expect(requests).toHaveLength(1)
    expect(page.posts).toHaveLength(1)
    expect(await blueskyAdapter.search({ kind: 'url', url: link }, {}, context, 'x')).toEqual({
      posts: [],
    })
    expect(requests).toHaveLength(1)
  })

  it('says not-found when getPosts leaves the post out', async () => {
    const { context } = fakeContext([resolved(SOUBHIK), jsonResponse(200, { posts: [] })])
    const error = await rejection(
      blueskyAdapter.search({ kind: 'url', url: POST_LINK }, {}, context),
    )
    expect(error.kind).toBe('not-found')
    expect(error.message).toBe(`Bluesky has no post at ${POST_URI}; it may have been deleted.`)
  })

  it('says not-found for a handle nobody has', async () => {
    const { context } = fakeContext([
      jsonResponse(400, { error: 'InvalidRequest', message: 'Unable to resolve handle' }),
    ])
    const error = await rejection(
      blueskyAdapter.search({ kind: 'url', url: POST_LINK }, {}, context),
    )
    expect(error.kind).toBe('not-found')
    expect(error.message).toBe('Bluesky could not resolve the handle @soubhikbarari.bsky.social.')
  })

  it('reads a thread with getPostThread', async () => {
    const { context, requests } = fakeContext([
      resolved(SOUBHIK),
      fixtureResponse('bskyr-getPostThread'),
    ])
    const page = await blueskyAdapter.search(
      { kind: 'url', url: POST_LINK },
      { urlMode: 'thread' },
      context,
    )
    expect(requests[1]?.url).toBe(
      `${APPVIEW}/app.bsky.feed.getPostThread?uri=${encodeURIComponent(POST_URI)}&depth=20&parentHeight=80`,
    )
    expect(page.posts.map((post) => post.sourceRef)).toEqual([POST_URI])
  })

  it('reads deeper for the author’s own thread', async () => {
    const { context, requests } = fakeContext([
      resolved(SOUBHIK),
      fixtureResponse('bskyr-getPostThread'),
    ])
    await blueskyAdapter.search(
      { kind: 'url', url: POST_LINK },
      { urlMode: 'author-thread' },
      context,
    )
    expect(paramsOf(requests[1]!.url)).toEqual({ uri: POST_URI, depth: '100', parentHeight: '80' })
  })

  it('turns the XRPC NotFound error of getPostThread into not-found', async () => {
    const { context } = fakeContext([
      resolved(SOUBHIK),
      jsonResponse(400, { error: 'NotFound', message: `Post not found: ${POST_URI}` }),
    ])
    const error = await rejection(
      blueskyAdapter.search({ kind: 'url', url: POST_LINK }, { urlMode: 'thread' }, context),
    )
    expect(error.kind).toBe('not-found')
    expect(error.details.sourceMessage).toBe(`Post not found: ${POST_URI}`)
    expect(error.message).toBe(
      'public.api.bsky.app/xrpc/app.bsky.feed.getPostThread answered 400 (NotFound).',
    )
  })

  it('pages through the quotes of a post with getQuotes', async () => {
    const quoted = 'at://did:plc:5c2r73erhng4bszmxlfdtscf/app.bsky.feed.post/3lc5c5qv72r2w'
    const { context, requests } = fakeContext([fixtureResponse('bskyr-getQuotes')])
    const page = await blueskyAdapter.search(
      { kind: 'url', url: quoted },
      { urlMode: 'quotes' },
      context,
      'cursor-1',
    )
    expect(requests.map((request) => request.url)).toEqual([
      `${APPVIEW}/app.bsky.feed.getQuotes?uri=${encodeURIComponent(quoted)}&limit=50&cursor=cursor-1`,
    ])
    expect(page.posts).toHaveLength(2)
    expect(page.next).toBeUndefined()
  })

  it('reads a list with getListFeed', async () => {
    const list = 'at://did:plc:ragtjsm2j2vknwkz3zp4oxrd/app.bsky.graph.list/3kmokjyuflk2g'
    const { context, requests } = fakeContext([fixtureResponse('bskyr-getListFeed')])
    const page = await blueskyAdapter.search(
      {
        kind: 'url',
        url: 'https://bsky.app/profile/did:plc:ragtjsm2j2vknwkz3zp4oxrd/lists/3kmokjyuflk2g',
      },
      {},
      context,
    )
    expect(requests.map((request) => request.url)).toEqual([
      `${APPVIEW}/app.bsky.feed.getListFeed?list=${encodeURIComponent(list)}&limit=50`,
    ])
    expect(page.posts).toHaveLength(10)
    expect(page.next).toBe('2025-05-22T03:45:30.576Z')
  })

  it('reads a custom feed with getFeed after resolving its creator', async () => {
    const { context, requests } = fakeContext([
      resolved('did:plc:z72i7hdynmk6r22z27h6tvur'),
      fixtureResponse('bskyr-getListFeed'),
    ])
    const page = await blueskyAdapter.search(
      { kind: 'url', url: 'https://bsky.app/profile/bsky.app/feed/whats-hot' },
      {},
      context,
      'c2',
    )
    expect(paramsOf(requests[1]!.url)).toEqual({
      feed: 'at://did:plc:z72i7hdynmk6r22z27h6tvur/app.bsky.feed.generator/whats-hot',
      limit: '50',
      cursor: 'c2',
    })
    expect(requests[1]?.url.startsWith(`${APPVIEW}/app.bsky.feed.getFeed?`)).toBe(true)
    expect(page.posts).toHaveLength(10)
  })

  it('reads a profile link as the account’s feed', async () => {
    const { context, requests } = fakeContext([jsonResponse(200, { feed: [], cursor: 'x' })])
    const page = await blueskyAdapter.search(
      { kind: 'url', url: 'https://bsky.app/profile/alice.example' },
      { excludeReplies: true },
      context,
    )
    expect(requests[0]?.url).toBe(
      `${APPVIEW}/app.bsky.feed.getAuthorFeed?actor=alice.example&limit=50&filter=posts_no_replies`,
    )
    // An empty page ends the list even when the server sends a cursor.
    expect(page).toEqual({ posts: [], next: undefined })
  })

  it('refuses links it cannot read', async () => {
    const { context, requests } = fakeContext([])
    const error = await rejection(
      blueskyAdapter.search({ kind: 'url', url: 'https://bsky.app/search?q=x' }, {}, context),
    )
    expect(error.kind).toBe('invalid-query')
    expect(error.message).toBe(
      'https://bsky.app/search?q=x is not a link to a Bluesky post, profile, list or feed.',
    )
    expect(requests).toEqual([])
  })
})

describe('resolveUrl', () => {
  it('gives the single post of a link', async () => {
    const { context } = fakeContext([resolved(SOUBHIK), fixtureResponse('bskyr-getPosts')])
    const post = await blueskyAdapter.resolveUrl(POST_LINK, context)
    expect(post.id).toBe(`bluesky:${POST_URI}`)
    expect(post.url).toBe(POST_LINK)
  })

  it('refuses a link that is not a post', async () => {
    const { context } = fakeContext([])
    const error = await rejection(
      blueskyAdapter.resolveUrl('https://bsky.app/profile/alice.example', context),
    )
    expect(error.kind).toBe('invalid-query')
    expect(error.message).toBe(
      'https://bsky.app/profile/alice.example is not a link to a Bluesky post.',
    )
  })
})

const CREDENTIALS: SourceCredentials = {
  service: 'https://morel.us-east.host.bsky.network',
  account: 'alice.example',
  accessToken: 'access-1',
  refreshToken: 'refresh-1',
}
const PDS = `${CREDENTIALS.service}/xrpc`
const EXPIRED = () => jsonResponse(400, { error: 'ExpiredToken', message: 'Token has expired' })
const SESSION_2 = () =>
  jsonResponse(200, {
    did: 'did:plc:alice',
    handle: 'alice.example',
    accessJwt: 'access-2',
    refreshJwt: 'refresh-2',
  })

describe('hashtag and text search (searchPosts, signed in only)', () => {
  it('asks the user’s PDS with their access token', async () => {
    const { context, requests } = fakeContext(
      [fixtureResponse('bskyr-searchPosts-authenticated')],
      {
        credentials: CREDENTIALS,
      },
    )
    const page = await blueskyAdapter.search({ kind: 'hashtag', tag: 'rstats' }, {}, context)
    expect(requests.map((request) => request.url)).toEqual([
      `${PDS}/app.bsky.feed.searchPosts?q=%23rstats&sort=latest&limit=50`,
    ])
    expect(requests[0]?.headers.authorization).toBe('Bearer access-1')
    expect(page.posts).toHaveLength(25)
    expect(page.next).toBe('25')
  })

  it('searches words and keeps only posts with media when asked', async () => {
    const { context, requests } = fakeContext(
      [fixtureResponse('bskyr-searchPosts-authenticated')],
      {
        credentials: CREDENTIALS,
      },
    )
    const page = await blueskyAdapter.search(
      { kind: 'text', text: 'redistricting' },
      { mediaOnly: true },
      context,
      '25',
    )
    expect(paramsOf(requests[0]!.url)).toEqual({
      q: 'redistricting',
      sort: 'latest',
      limit: '50',
      cursor: '25',
    })
    // 4 of the 25 recorded results carry images of their own (quoted media does not count).
    expect(page.posts).toHaveLength(4)
    expect(page.posts.every((post) => post.media.length > 0)).toBe(true)
  })

  it('says sign-in-required without credentials, before any request', async () => {
    const { context, requests } = fakeContext([])
    for (const query of [
      { kind: 'hashtag', tag: 'rstats' },
      { kind: 'text', text: 'redistricting' },
    ] as const) {
      const error = await rejection(blueskyAdapter.search(query, {}, context))
      expect(error.kind).toBe('sign-in-required')
      expect(error.message).toBe(
        'Bluesky answers app.bsky.feed.searchPosts only for a signed-in account.',
      )
    }
    expect(requests).toEqual([])
  })

  it('refreshes an expired access token once, reports it, and retries', async () => {
    const { context, requests, credentialChanges } = fakeContext(
      [EXPIRED(), SESSION_2(), fixtureResponse('bskyr-searchPosts-authenticated')],
      { credentials: CREDENTIALS },
    )
    const page = await blueskyAdapter.search({ kind: 'hashtag', tag: 'rstats' }, {}, context)
    expect(requests.map((request) => `${request.method} ${request.url}`)).toEqual([
      `GET ${PDS}/app.bsky.feed.searchPosts?q=%23rstats&sort=latest&limit=50`,
      `POST ${PDS}/com.atproto.server.refreshSession`,
      `GET ${PDS}/app.bsky.feed.searchPosts?q=%23rstats&sort=latest&limit=50`,
    ])
    expect(requests.map((request) => request.headers.authorization)).toEqual([
      'Bearer access-1',
      'Bearer refresh-1',
      'Bearer access-2',
    ])
    expect(credentialChanges).toEqual([
      {
        service: CREDENTIALS.service,
        account: 'alice.example',
        accessToken: 'access-2',
        refreshToken: 'refresh-2',
      },
    ])
    expect(page.posts).toHaveLength(25)
  })

  it('refreshes on a plain 401 too', async () => {
    const { context, requests } = fakeContext(
      [
        jsonResponse(401, { error: 'AuthenticationRequired', message: 'Invalid token' }),
        SESSION_2(),
        fixtureResponse('bskyr-searchPosts-authenticated'),
      ],
      { credentials: CREDENTIALS },
    )
    await blueskyAdapter.search({ kind: 'text', text: 'x' }, {}, context)
    expect(requests).toHaveLength(3)
  })

  it('signs out and says sign-in-required when the refresh token is refused', async () => {
    const { context, requests, credentialChanges } = fakeContext(
      [EXPIRED(), jsonResponse(400, { error: 'ExpiredToken', message: 'Token has expired' })],
      { credentials: CREDENTIALS },
    )
    const error = await rejection(blueskyAdapter.search({ kind: 'text', text: 'x' }, {}, context))
    expect(error.kind).toBe('sign-in-required')
    expect(error.message).toBe(
      'Sign in to Bluesky again: the server no longer accepts this session.',
    )
    expect(credentialChanges).toEqual([undefined])
    expect(requests).toHaveLength(2)
  })

  it('signs out when even the renewed token is refused', async () => {
    const { context, credentialChanges } = fakeContext([EXPIRED(), SESSION_2(), EXPIRED()], {
      credentials: CREDENTIALS,
    })
    const error = await rejection(blueskyAdapter.search({ kind: 'text', text: 'x' }, {}, context))
    expect(error.kind).toBe('sign-in-required')
    expect(credentialChanges).toEqual([
      expect.objectContaining({ accessToken: 'access-2' }),
      undefined,
    ])
  })

  it('keeps the session when the refresh fails for network reasons', async () => {
    const offline = () => {
      throw new TypeError('Failed to fetch')
    }
    const { context, credentialChanges } = fakeContext(
      [EXPIRED(), offline, offline, offline, offline],
      { credentials: { ...CREDENTIALS, refreshToken: 'refresh-offline' } },
    )
    const error = await rejection(blueskyAdapter.search({ kind: 'text', text: 'x' }, {}, context))
    expect(error.kind).toBe('network')
    expect(credentialChanges).toEqual([])
  })

  it('does not refresh on other errors', async () => {
    const { context, requests, credentialChanges } = fakeContext(
      [jsonResponse(400, { error: 'InvalidRequest', message: 'q must not be empty' })],
      { credentials: CREDENTIALS },
    )
    const error = await rejection(blueskyAdapter.search({ kind: 'text', text: 'x' }, {}, context))
    expect(error.kind).toBe('http')
    expect(error.details.sourceMessage).toBe('q must not be empty')
    expect(requests).toHaveLength(1)
    expect(credentialChanges).toEqual([])
  })

  it('shares one refresh between searches that expire together', async () => {
    const router = (request: { url: string; headers: Record<string, string> }) => {
      if (request.url.includes('refreshSession')) return SESSION_2()
      if (request.headers.authorization === 'Bearer access-1') return EXPIRED()
      return fixtureResponse('bskyr-searchPosts-authenticated')
    }
    const { context, requests } = fakeContext(Array(6).fill(router), {
      credentials: { ...CREDENTIALS, refreshToken: 'refresh-shared' },
    })
    const pages = await Promise.all([
      blueskyAdapter.search({ kind: 'text', text: 'a' }, {}, context),
      blueskyAdapter.search({ kind: 'text', text: 'b' }, {}, context),
    ])
    expect(pages.map((page) => page.posts.length)).toEqual([25, 25])
    expect(requests.filter((request) => request.url.includes('refreshSession'))).toHaveLength(1)
  })

  it('treats an at-uri typed as text as a link', async () => {
    const { context, requests } = fakeContext([fixtureResponse('bskyr-getPosts')])
    const page = await blueskyAdapter.search({ kind: 'text', text: ` ${POST_URI} ` }, {}, context)
    expect(requests[0]?.url).toBe(
      `${APPVIEW}/app.bsky.feed.getPosts?uris=${encodeURIComponent(POST_URI)}`,
    )
    expect(page.posts).toHaveLength(1)
  })
})

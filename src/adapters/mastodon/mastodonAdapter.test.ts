import { describe, expect, it, vi } from 'vitest'
import { readFixtureJson } from '../../test/fixturePath'
import { createRateLimitBook } from '../rateLimitBook'
import { SourceError } from '../sourceError'
import {
  createReplayTransport,
  type RecordedResponse,
  type ReplayRoute,
} from '../testing/replayTransport'
import { recordedFixture } from '../testing/testRecordedFixture'
import type { AdapterContext, SourceSettings } from '../types'
import { mastodonAdapter } from './mastodonAdapter'
import type { RawStatus } from './rawTypes'

const NOW = Date.parse('2026-08-02T10:00:00.000Z')
const SOCIAL = 'https://mastodon.social'
const FOSSTODON = 'https://fosstodon.org'

const recorded = (name: string): RecordedResponse => recordedFixture(`mastodon/${name}.json`)
const body = <T>(name: string): T => readFixtureJson(`mastodon/${name}.json`) as T

const setup = (routes: ReplayRoute[], settings: Partial<SourceSettings> = {}) => {
  const transport = createReplayTransport(routes)
  const sleep = vi.fn((_ms: number) => Promise.resolve())
  const context: AdapterContext = {
    fetch: transport.fetch,
    settings: { server: SOCIAL, ...settings },
    sleep,
    now: () => NOW,
    random: () => 0,
    rateLimits: createRateLimitBook(),
  }
  return { transport, context, sleep }
}

/** The error a promise rejects with, so its kind and message can be asserted. */
const failure = async (promise: Promise<unknown>): Promise<SourceError> => {
  try {
    await promise
  } catch (error) {
    if (error instanceof SourceError) return error
    throw error
  }
  throw new Error('expected the promise to reject')
}

const TAG_URL = `${SOCIAL}/api/v1/timelines/tag/rstats?limit=40`
const TAG_NEXT =
  'https://mastodon.social/api/v1/timelines/tag/rstats?limit=5&local=FALSE&max_id=114869144089828147&only_media=FALSE'
const PUBLIC_NEXT =
  'https://mastodon.social/api/v1/timelines/public?limit=20&local=FALSE&max_id=114870361500887110&only_media=FALSE&remote=FALSE'

describe('mastodonAdapter description', () => {
  it('names itself and its query kinds', () => {
    expect(mastodonAdapter.id).toBe('mastodon')
    expect(mastodonAdapter.label).toBe('Mastodon')
    expect(mastodonAdapter.defaultServer).toBe('https://mastodon.social')
    expect(mastodonAdapter.queryKinds).toEqual(['hashtag', 'account', 'url', 'text'])
  })

  it('claims post links on any host, not other networks', () => {
    expect(mastodonAdapter.matchesUrl(new URL('https://hachyderm.io/@lea/123'))).toBe(true)
    expect(mastodonAdapter.matchesUrl(new URL('https://bsky.app/profile/a/post/b'))).toBe(false)
    expect(mastodonAdapter.matchesUrl(new URL('https://x.com/a/status/1'))).toBe(false)
  })
})

describe('hashtag search', () => {
  it('requests the tag timeline and returns the Link next URL as cursor', async () => {
    const { transport, context } = setup([
      { match: TAG_URL, respond: recorded('rtoot-timeline-tag-rstats') },
    ])
    const page = await mastodonAdapter.search({ kind: 'hashtag', tag: 'rstats' }, {}, context)
    expect(transport.urls()).toEqual([TAG_URL])
    expect(transport.requests[0]?.headers).toEqual({ accept: 'application/json' })
    expect(page.posts).toHaveLength(5)
    expect(page.posts[0]?.sourceRef).toBe(`${SOCIAL}/api/v1/statuses/114870142396314555`)
    expect(page.next).toBe(TAG_NEXT)
  })

  it('asks for media only, and encodes a non-ASCII tag', async () => {
    const url = `${SOCIAL}/api/v1/timelines/tag/caf%C3%A9?limit=40&only_media=true`
    const { transport, context } = setup([{ match: url, respond: { body: [] } }])
    const page = await mastodonAdapter.search(
      { kind: 'hashtag', tag: '#café' },
      { mediaOnly: true },
      context,
    )
    expect(transport.urls()).toEqual([url])
    expect(page).toEqual({ posts: [] })
  })

  it('has no cursor when the server sends no Link header', async () => {
    const withoutLink = recorded('rtoot-timeline-tag-rstats')
    delete withoutLink.headers?.link
    const { context } = setup([{ match: TAG_URL, respond: withoutLink }])
    const page = await mastodonAdapter.search({ kind: 'hashtag', tag: 'rstats' }, {}, context)
    expect(page.posts).toHaveLength(5)
    expect(page.next).toBeUndefined()
  })

  it('drops a next link that leaves the server', async () => {
    const hostile = recorded('rtoot-timeline-tag-rstats')
    hostile.headers = { ...hostile.headers, link: '<https://evil.example/steal>; rel="next"' }
    const { context } = setup([{ match: TAG_URL, respond: hostile }])
    const page = await mastodonAdapter.search({ kind: 'hashtag', tag: 'rstats' }, {}, context)
    expect(page.next).toBeUndefined()
  })

  it('reads an unknown tag (404 from the API) as no posts', async () => {
    const { context } = setup([
      { match: TAG_URL, respond: { status: 404, body: { error: 'Record not found' } } },
    ])
    expect(await mastodonAdapter.search({ kind: 'hashtag', tag: 'rstats' }, {}, context)).toEqual({
      posts: [],
    })
  })

  it('waits as Retry-After asks after a 429, then returns the page', async () => {
    const { transport, context, sleep } = setup([
      {
        match: TAG_URL,
        respond: [
          { status: 429, headers: { 'retry-after': '7' }, body: { error: 'Too many requests' } },
          recorded('rtoot-timeline-tag-rstats'),
        ],
      },
    ])
    const page = await mastodonAdapter.search({ kind: 'hashtag', tag: 'rstats' }, {}, context)
    expect(transport.urls()).toEqual([TAG_URL, TAG_URL])
    expect(sleep).toHaveBeenCalledTimes(1)
    // 7 s, plus jitter that random() = 0 makes zero.
    expect(sleep.mock.calls[0]?.[0]).toBe(7000)
    expect(page.posts).toHaveLength(5)
  })

  it('says sign-in is required when the server answers 401', async () => {
    const { context } = setup([
      {
        match: TAG_URL,
        respond: { status: 401, body: { error: 'This API requires an access token' } },
      },
    ])
    const error = await failure(
      mastodonAdapter.search({ kind: 'hashtag', tag: 'rstats' }, {}, context),
    )
    expect(error.kind).toBe('sign-in-required')
    expect(error.details.sourceMessage).toBe('This API requires an access token')
  })

  it('refuses an unusable server setting before any request', async () => {
    const { transport, context } = setup([], { server: 'http://mastodon.example' })
    const error = await failure(
      mastodonAdapter.search({ kind: 'hashtag', tag: 'rstats' }, {}, context),
    )
    expect(error.kind).toBe('invalid-query')
    expect(transport.requests).toEqual([])
  })
})

describe('following a cursor', () => {
  it('GETs the cursor URL on the chosen server and maps the page', async () => {
    const { transport, context } = setup([
      { match: TAG_NEXT, respond: recorded('rtoot-timeline-public-mastodon-social') },
    ])
    const page = await mastodonAdapter.search(
      { kind: 'hashtag', tag: 'rstats' },
      {},
      context,
      TAG_NEXT,
    )
    expect(transport.urls()).toEqual([TAG_NEXT])
    expect(page.posts).toHaveLength(20)
    expect(page.next).toBe(PUBLIC_NEXT)
  })

  it.each([
    'https://evil.example/api/v1/timelines/tag/rstats',
    'http://mastodon.social/api/v1/timelines/tag/rstats',
    'https://mastodon.social.evil.example/api/v1/timelines/tag/rstats',
    'not a url',
  ])('refuses a cursor on another origin: %s', async (cursor) => {
    const { transport, context } = setup([])
    const error = await failure(
      mastodonAdapter.search({ kind: 'hashtag', tag: 'rstats' }, {}, context, cursor),
    )
    expect(error.kind).toBe('invalid-query')
    expect(transport.requests).toEqual([])
  })

  it('checks URL-query cursors against the link’s own server', async () => {
    const { transport, context } = setup([])
    const error = await failure(
      mastodonAdapter.search(
        { kind: 'url', url: `${FOSSTODON}/@schochastics/114620457512351116` },
        { urlMode: 'quotes' },
        context,
        `${SOCIAL}/api/v1/statuses/1/quotes`,
      ),
    )
    expect(error.kind).toBe('invalid-query')
    expect(transport.requests).toEqual([])
  })
})

describe('account search', () => {
  const lookup = `${FOSSTODON}/api/v1/accounts/lookup?acct=schochastics`
  const account = body<unknown[]>('rtoot-accounts-search')[0]

  it('looks the account up, then reads its statuses with the user’s filters', async () => {
    const statuses = `${FOSSTODON}/api/v1/accounts/109302436954721982/statuses?limit=40&exclude_replies=true&exclude_reblogs=true&only_media=true`
    const { transport, context } = setup(
      [
        { match: lookup, respond: { body: account } },
        { match: statuses, respond: { body: [] } },
      ],
      { server: FOSSTODON },
    )
    await mastodonAdapter.search(
      { kind: 'account', handle: '@schochastics' },
      { excludeReplies: true, excludeReposts: true, mediaOnly: true },
      context,
    )
    expect(transport.urls()).toEqual([lookup, statuses])
  })

  it('maps a recorded page with a boost and returns its next cursor', async () => {
    const statuses = `${FOSSTODON}/api/v1/accounts/109302436954721982/statuses?limit=40`
    const { transport, context } = setup(
      [
        { match: lookup, respond: { body: account } },
        { match: statuses, respond: recorded('rtoot-account-statuses-with-reblog') },
      ],
      { server: FOSSTODON },
    )
    const page = await mastodonAdapter.search(
      { kind: 'account', handle: 'schochastics' },
      {},
      context,
    )
    expect(transport.urls()).toEqual([lookup, statuses])
    expect(page.posts).toHaveLength(20)
    const boost = page.posts.find((post) => post.repostedBy)
    expect(boost?.author.handle).toBe('@termehs@fosstodon.org')
    expect(boost?.repostedBy?.handle).toBe('@schochastics@fosstodon.org')
    expect(page.next).toBe(
      'https://fosstodon.org/api/v1/accounts/109302436954721982/statuses?exclude_reblogs=FALSE&limit=20&max_id=112418329082967725',
    )
  })

  it('encodes a remote handle in the lookup', async () => {
    const remote = `${SOCIAL}/api/v1/accounts/lookup?acct=lea%40example.social`
    const { transport, context } = setup([
      { match: remote, respond: { status: 404, body: { error: 'Record not found' } } },
    ])
    const error = await failure(
      mastodonAdapter.search({ kind: 'account', handle: 'lea@example.social' }, {}, context),
    )
    expect(transport.urls()).toEqual([remote])
    expect(error.kind).toBe('not-found')
    expect(error.message).toContain('@lea@example.social')
    expect(error.message).toContain('mastodon.social')
  })
})

describe('text search', () => {
  const url = `${SOCIAL}/api/v2/search?type=statuses&q=r+stats&limit=40`

  it('maps the statuses of the search results', async () => {
    const statuses = body<RawStatus[]>('rtoot-timeline-tag-rstats')
    const { transport, context } = setup([
      { match: url, respond: { body: { accounts: [], statuses, hashtags: [] } } },
    ])
    const page = await mastodonAdapter.search({ kind: 'text', text: 'r stats' }, {}, context)
    expect(transport.urls()).toEqual([url])
    expect(page.posts).toHaveLength(5)
    expect(page.next).toBeUndefined()
  })

  it('turns 401 into sign-in-required with a message that says so', async () => {
    const { context } = setup([
      { match: url, respond: { status: 401, body: { error: 'The access token is invalid' } } },
    ])
    const error = await failure(
      mastodonAdapter.search({ kind: 'text', text: 'r stats' }, {}, context),
    )
    expect(error.kind).toBe('sign-in-required')
    expect(error.message).toMatch(/signed-in users/)
  })

  it('sends a signed-in user’s token to their own server only', async () => {
    const { transport, context } = setup([{ match: url, respond: { body: { statuses: [] } } }], {
      credentials: {
        service: 'https://mastodon.social',
        account: 'lea',
        accessToken: 'secret-token',
      },
    })
    await mastodonAdapter.search({ kind: 'text', text: 'r stats' }, {}, context)
    expect(transport.requests[0]?.headers.authorization).toBe('Bearer secret-token')

    const other = setup(
      [
        {
          match: `${FOSSTODON}/api/v1/statuses/114620457512351116`,
          respond: recorded('rtoot-status-single'),
        },
      ],
      {
        credentials: { service: 'https://mastodon.social', account: 'lea', accessToken: 'secret' },
      },
    )
    await mastodonAdapter.resolveUrl(`${FOSSTODON}/@schochastics/114620457512351116`, other.context)
    expect(other.transport.requests[0]?.headers.authorization).toBeUndefined()
  })
})

describe('URL queries', () => {
  const link = `${FOSSTODON}/@schochastics/114620457512351116`
  const statusUrl = `${FOSSTODON}/api/v1/statuses/114620457512351116`

  it('reads the post on the link’s own server, whatever server is chosen', async () => {
    const { transport, context } = setup([
      { match: statusUrl, respond: recorded('rtoot-status-single') },
    ])
    const page = await mastodonAdapter.search({ kind: 'url', url: link }, {}, context)
    expect(transport.urls()).toEqual([statusUrl])
    expect(page.posts).toHaveLength(1)
    expect(page.posts[0]?.url).toBe(link)
    expect(page.posts[0]?.sourceRef).toBe(statusUrl)
    expect(page.posts[0]?.card?.url).toMatch(/^https:\/\/r-consortium\.org\//)
    expect(page.posts[0]?.author.handle).toBe('@schochastics@fosstodon.org')
  })

  it('resolveUrl returns the single post', async () => {
    const { context } = setup([{ match: statusUrl, respond: recorded('rtoot-status-single') }])
    const post = await mastodonAdapter.resolveUrl(link, context)
    expect(post.id).toBe(
      'mastodon:https://fosstodon.org/users/schochastics/statuses/114620457512351116',
    )
    expect(post.fetchedAt).toBe('2026-08-02T10:00:00.000Z')
  })

  it('reports the recorded 404 as not-found', async () => {
    const missing = 'http://localhost:3000/api/v1/statuses/0'
    const { transport, context } = setup([
      { match: missing, respond: recorded('mastodonpy-status-404') },
    ])
    const error = await failure(
      mastodonAdapter.resolveUrl('http://localhost:3000/@admin/0', context),
    )
    expect(transport.urls()).toEqual([missing])
    expect(error.kind).toBe('not-found')
    expect(error.details).toMatchObject({ status: 404, sourceMessage: 'Not Found' })
    expect(error.message).toContain('localhost:3000')
  })

  it('says clearly when the host does not speak the Mastodon API', async () => {
    const html = { headers: { 'content-type': 'text/html' }, body: '<!doctype html><p>Blog</p>' }
    const notFound = setup([{ match: statusUrl, respond: { ...html, status: 404 } }])
    const error404 = await failure(mastodonAdapter.resolveUrl(link, notFound.context))
    expect(error404.kind).toBe('not-found')
    expect(error404.message).toMatch(/may not be a Mastodon-compatible server/)

    const page = setup([{ match: statusUrl, respond: { ...html, status: 200 } }])
    const error200 = await failure(mastodonAdapter.resolveUrl(link, page.context))
    expect(error200.kind).toBe('invalid-response')
    expect(error200.message).toMatch(/Mastodon-compatible/)
  })

  it('refuses a link that is not a post', async () => {
    const { transport, context } = setup([])
    const error = await failure(
      mastodonAdapter.search(
        { kind: 'url', url: 'https://bsky.app/profile/a/post/b' },
        {},
        context,
      ),
    )
    expect(error.kind).toBe('invalid-query')
    expect(transport.requests).toEqual([])
  })

  describe('threads', () => {
    const rootLink = `${FOSSTODON}/@schochastics/114026814291152535`
    const rootUrl = `${FOSSTODON}/api/v1/statuses/114026814291152535`
    // The context was recorded for this status, which the fixtures do not hold: the single
    // status fixture stands in for it, under the right id.
    const root: RawStatus = {
      ...body<RawStatus>('rtoot-status-single'),
      id: '114026814291152535',
      uri: 'https://fosstodon.org/users/schochastics/statuses/114026814291152535',
      url: rootLink,
    }
    const routes = (context: RecordedResponse): ReplayRoute[] => [
      { match: rootUrl, respond: { body: root } },
      { match: `${rootUrl}/context`, respond: context },
    ]

    it('returns ancestors, the post and descendants in reading order', async () => {
      const { transport, context } = setup(routes(recorded('rtoot-status-context')))
      const page = await mastodonAdapter.search(
        { kind: 'url', url: rootLink },
        { urlMode: 'thread' },
        context,
      )
      expect(transport.urls()).toEqual([rootUrl, `${rootUrl}/context`])
      expect(page.posts.map((post) => post.url)).toEqual([
        rootLink,
        'https://fosstodon.org/@erc_bk/114027213608365869',
        'https://fosstodon.org/@MickaelCanouil/114055560713759881',
        'https://fosstodon.org/@MickaelCanouil/114058233338164636',
      ])
      expect(page.next).toBeUndefined()
    })

    it('author-thread keeps only the root author’s own chain', async () => {
      const recordedContext = recorded('rtoot-status-context')
      const { context } = setup(routes(recordedContext))
      const page = await mastodonAdapter.search(
        { kind: 'url', url: rootLink },
        { urlMode: 'author-thread' },
        context,
      )
      // In the recorded thread only others answered.
      expect(page.posts.map((post) => post.url)).toEqual([rootLink])

      const selfReply: RawStatus = {
        ...root,
        id: '114026900000000000',
        uri: 'https://fosstodon.org/users/schochastics/statuses/114026900000000000',
        url: 'https://fosstodon.org/@schochastics/114026900000000000',
        in_reply_to_id: '114026814291152535',
        in_reply_to_account_id: '109302436954721982',
      }
      const recordedBody = recordedContext.body as { descendants: RawStatus[] }
      const withChain = setup(
        routes({
          body: { ancestors: [], descendants: [...recordedBody.descendants, selfReply] },
        }),
      )
      const chain = await mastodonAdapter.search(
        { kind: 'url', url: rootLink },
        { urlMode: 'author-thread' },
        withChain.context,
      )
      expect(chain.posts.map((post) => post.url)).toEqual([
        rootLink,
        'https://fosstodon.org/@schochastics/114026900000000000',
      ])
    })
  })

  describe('quotes', () => {
    const quotesUrl = `${statusUrl}/quotes?limit=40`

    it('lists the quotes of a post, with paging', async () => {
      const quotes = recorded('rtoot-timeline-tag-rstats')
      quotes.headers = {
        link: `<${FOSSTODON}/api/v1/statuses/114620457512351116/quotes?limit=40&max_id=5>; rel="next"`,
      }
      const { transport, context } = setup([
        { match: statusUrl, respond: recorded('rtoot-status-single') },
        { match: quotesUrl, respond: quotes },
      ])
      const page = await mastodonAdapter.search(
        { kind: 'url', url: link },
        { urlMode: 'quotes' },
        context,
      )
      expect(transport.urls()).toEqual([statusUrl, quotesUrl])
      expect(page.posts).toHaveLength(5)
      expect(page.next).toBe(
        `${FOSSTODON}/api/v1/statuses/114620457512351116/quotes?limit=40&max_id=5`,
      )
    })

    it('is unsupported where the server has no quotes endpoint', async () => {
      const { context } = setup([
        { match: statusUrl, respond: recorded('rtoot-status-single') },
        { match: quotesUrl, respond: { status: 404, body: { error: 'Not Found' } } },
      ])
      const error = await failure(
        mastodonAdapter.search({ kind: 'url', url: link }, { urlMode: 'quotes' }, context),
      )
      expect(error.kind).toBe('unsupported')
    })
  })
})

describe('pages', () => {
  it('shows a post once when a page holds both it and a boost of it', async () => {
    const reblog = body<RawStatus>('mastodonpy-status-reblog')
    const original = reblog.reblog as RawStatus
    const url = 'http://localhost:3000/api/v1/timelines/tag/toot?limit=40'
    const { context } = setup([{ match: url, respond: { body: [reblog, original] } }], {
      server: 'http://localhost:3000',
    })
    const page = await mastodonAdapter.search({ kind: 'hashtag', tag: 'toot' }, {}, context)
    expect(page.posts).toHaveLength(1)
    expect(page.posts[0]?.repostedBy?.handle).toBe('@mastodonpy_test@localhost:3000')
  })

  it('rejects a page that is not a list', async () => {
    const { context } = setup([{ match: TAG_URL, respond: { body: { error: 'nope' } } }])
    const error = await failure(
      mastodonAdapter.search({ kind: 'hashtag', tag: 'rstats' }, {}, context),
    )
    expect(error.kind).toBe('invalid-response')
  })

  it('maps each recorded mastodon.py status when read by URL', async () => {
    const names = [
      'mastodonpy-status-card',
      'mastodonpy-status-content-warning',
      'mastodonpy-status-edited',
      'mastodonpy-status-poll',
      'mastodonpy-status-quote-post',
      'mastodonpy-status-quote-revoked',
      'mastodonpy-status-reblog',
    ]
    for (const name of names) {
      const status = body<RawStatus>(name)
      const url = `http://localhost:3000/api/v1/statuses/${status.id ?? ''}`
      const { context } = setup([{ match: url, respond: recorded(name) }])
      const post = await mastodonAdapter.resolveUrl(
        `http://localhost:3000/@x/${status.id ?? ''}`,
        context,
      )
      expect(post.source).toBe('mastodon')
      expect(post.availability).toEqual({ state: 'available' })
    }
  })
})

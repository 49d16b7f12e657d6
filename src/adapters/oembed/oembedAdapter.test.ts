import { readFileSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import { fixturePath, readFixtureJson } from '../../test/fixturePath'
import { createRateLimitBook } from '../rateLimitBook'
import { createRelayAccess } from '../relayAccess'
import { SourceError } from '../sourceError'
import {
  createReplayTransport,
  type RecordedResponse,
  type ReplayRoute,
} from '../testing/replayTransport'
import { recordedFixture } from '../testing/testRecordedFixture'
import type { AdapterContext } from '../types'
import { oembedAdapter } from './oembedAdapter'

const NOW = Date.parse('2026-08-02T10:00:00.000Z')
const RELAY = 'https://editor.example/relay'
const UPSTREAM = { 'x-storyloom-relay': 'upstream' }

const YOUTUBE_PAGE = 'https://www.youtube.com/watch?v=pO5L6vXtxsI'
const YOUTUBE_ENDPOINT =
  'https://www.youtube.com/oembed?url=https%3A%2F%2Fwww.youtube.com%2Fwatch%3Fv%3DpO5L6vXtxsI&format=json'
const TWEET_PAGE = 'https://x.com/RailsGirlsSoC/status/702136612822634496'
const TWEET_ENDPOINT =
  'https://publish.twitter.com/oembed?url=https%3A%2F%2Fx.com%2FRailsGirlsSoC%2Fstatus%2F702136612822634496&format=json'
const SPOTIFY_PAGE = 'https://open.spotify.com/playlist/37i9dQZF1DXcBWIGoYBM5M'

const recorded = (name: string): RecordedResponse => recordedFixture(`oembed/${name}.json`)

const relayed = (target: string): string => createRelayAccess(RELAY).url(target, 'oembed')

const setup = (routes: ReplayRoute[], withRelay = false) => {
  const transport = createReplayTransport(routes)
  const context: AdapterContext = {
    fetch: transport.fetch,
    settings: { server: '' },
    sleep: vi.fn(() => Promise.resolve()),
    now: () => NOW,
    random: () => 0,
    rateLimits: createRateLimitBook(),
    ...(withRelay && { relay: createRelayAccess(RELAY) }),
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

/** The recorded YouTube 403: a plain-text body although it says it is JSON. */
const youtube403 = (): RecordedResponse => {
  const meta = readFixtureJson('oembed/ruby-oembed-youtube-403-embedding-disabled.meta.json') as {
    response: { status: number; headers: Record<string, unknown> }
  }
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(meta.response.headers))
    if (typeof value === 'string') headers[name] = value
  const body = readFileSync(
    fixturePath('oembed/ruby-oembed-youtube-403-embedding-disabled.txt'),
    'utf8',
  )
  return { status: meta.response.status, headers, body }
}

describe('oembedAdapter description', () => {
  it('names itself and answers link queries only', () => {
    expect(oembedAdapter.id).toBe('oembed')
    expect(oembedAdapter.label).toBe('Links (oEmbed)')
    expect(oembedAdapter.queryKinds).toEqual(['url'])
  })

  it('claims provider links, but leaves Bluesky and Mastodon posts to their adapters', () => {
    const claims = (link: string) => oembedAdapter.matchesUrl(new URL(link))
    expect(claims(YOUTUBE_PAGE)).toBe(true)
    expect(claims(TWEET_PAGE)).toBe(true)
    expect(claims('https://www.instagram.com/p/B9bOM-6Ax_d/')).toBe(true)
    expect(claims('https://bsky.app/profile/bsky.app/post/3l6oveex3ii2l')).toBe(false)
    expect(claims('https://mastodon.social/@trwnh/99664077509711321')).toBe(false)
    expect(claims('https://example.org/blog/hello')).toBe(false)
  })
})

describe('fetching without a relay', () => {
  it('reads a provider that sends CORS straight from the browser', async () => {
    const { transport, context } = setup([
      { match: YOUTUBE_ENDPOINT, respond: recorded('ruby-oembed-youtube') },
    ])
    const post = await oembedAdapter.resolveUrl(YOUTUBE_PAGE, context)
    expect(transport.urls()).toEqual([YOUTUBE_ENDPOINT])
    expect(transport.requests[0]?.headers).toEqual({ accept: 'application/json' })
    expect(post.id).toBe('oembed:https://youtube.com/watch?v=pO5L6vXtxsI')
    expect(post.fetchedAt).toBe('2026-08-02T10:00:00.000Z')
    expect(post.embed?.playerUrl).toBe('https://www.youtube.com/embed/pO5L6vXtxsI?feature=oembed')
  })

  it('answers a link search with the one card', async () => {
    const { context } = setup([
      { match: YOUTUBE_ENDPOINT, respond: recorded('ruby-oembed-youtube') },
    ])
    const page = await oembedAdapter.search({ kind: 'url', url: YOUTUBE_PAGE }, {}, context)
    expect(page.posts.map((post) => post.card?.title)).toEqual([
      'CKEditor 4.5 - Embedding Media Resources with oEmbed',
    ])
    expect(page.next).toBeUndefined()
  })

  it('says the relay is needed for X and Flickr (no CORS) and unverified providers', async () => {
    for (const [link, message] of [
      [TWEET_PAGE, 'X does not let browsers read its oEmbed answers (no CORS)'],
      ['https://www.flickr.com/photos/bees/2362225867/', 'Flickr does not let browsers'],
      ['https://www.threads.com/@zuck/post/C1a2b3', 'Threads has not been shown to let browsers'],
    ] as const) {
      const { transport, context } = setup([])
      const error = await failure(oembedAdapter.resolveUrl(link, context))
      expect(error.kind).toBe('relay-required')
      expect(error.message).toContain(message)
      expect(transport.urls()).toEqual([])
    }
  })
})

describe('fetching through the relay', () => {
  it('always goes through the relay when there is one, even for CORS providers', async () => {
    const youtube = recorded('ruby-oembed-youtube')
    const { transport, context } = setup(
      [
        {
          match: relayed(YOUTUBE_ENDPOINT),
          respond: { ...youtube, headers: { ...youtube.headers, ...UPSTREAM } },
        },
      ],
      true,
    )
    const post = await oembedAdapter.resolveUrl(YOUTUBE_PAGE, context)
    expect(transport.urls()).toEqual([
      `${RELAY}?url=${encodeURIComponent(YOUTUBE_ENDPOINT)}&purpose=oembed`,
    ])
    expect(post.author.name).toBe('CKEditor')
  })

  it('reads X through the relay', async () => {
    const tweet = recorded('ruby-oembed-twitter-x-com-url')
    const { context } = setup(
      [{ match: relayed(TWEET_ENDPOINT), respond: { ...tweet, headers: UPSTREAM } }],
      true,
    )
    const post = await oembedAdapter.resolveUrl(TWEET_PAGE, context)
    expect(post.author.handle).toBe('@RailsGirlsSoC')
    expect(post.embed?.playerUrl).toBeUndefined()
  })

  it('resolves a same-origin relay path against the page', async () => {
    const { transport, context } = setup([
      { match: (url) => url.pathname === '/relay', respond: recorded('ruby-oembed-youtube') },
    ])
    context.relay = createRelayAccess()
    await oembedAdapter.resolveUrl(YOUTUBE_PAGE, context)
    const requested = new URL(transport.urls()[0] ?? '')
    expect(requested.origin).toBe(location.origin)
    expect(requested.searchParams.get('url')).toBe(YOUTUBE_ENDPOINT)
    expect(requested.searchParams.get('purpose')).toBe('oembed')
  })

  it('tells the relay’s own refusal apart from the provider’s', async () => {
    const { context } = setup(
      [
        {
          match: relayed(YOUTUBE_ENDPOINT),
          respond: { status: 403, body: { error: 'purpose oembed does not allow this host' } },
        },
      ],
      true,
    )
    const error = await failure(oembedAdapter.resolveUrl(YOUTUBE_PAGE, context))
    expect(error.kind).toBe('http')
    expect(error.message).toBe(
      "Storyloom's relay did not fetch YouTube's oEmbed answer (403): purpose oembed does not allow this host",
    )
  })

  it('words an upstream YouTube 403 through the relay as embedding disabled', async () => {
    const answer = youtube403()
    const { context } = setup(
      [
        {
          match: relayed(YOUTUBE_ENDPOINT),
          respond: { ...answer, headers: { ...answer.headers, ...UPSTREAM } },
        },
      ],
      true,
    )
    const error = await failure(oembedAdapter.resolveUrl(YOUTUBE_PAGE, context))
    expect(error.kind).toBe('unauthorized')
    expect(error.message).toContain('has disabled embedding')
  })
})

describe('provider errors', () => {
  it('YouTube 403 with a plain-text "Forbidden": the owner disabled embedding', async () => {
    const answer = youtube403()
    expect(answer.status).toBe(403)
    expect(answer.body).toBe('Forbidden')
    const link = 'https://youtu.be/NHriYTkvd0g'
    const { context } = setup([{ match: (url) => url.host === 'www.youtube.com', respond: answer }])
    const error = await failure(oembedAdapter.resolveUrl(link, context))
    expect(error.kind).toBe('unauthorized')
    expect(error.details.status).toBe(403)
    expect(error.message).toBe(
      'The owner of this YouTube video (https://youtu.be/NHriYTkvd0g) has disabled embedding, so it cannot be embedded.',
    )
  })

  it('Spotify 404 with an empty body: not found', async () => {
    const { context } = setup([
      { match: (url) => url.host === 'open.spotify.com', respond: { status: 404, body: '' } },
    ])
    const error = await failure(oembedAdapter.resolveUrl(SPOTIFY_PAGE, context))
    expect(error.kind).toBe('not-found')
    expect(error.details.status).toBe(404)
    expect(error.message).toBe(
      `Spotify found nothing to embed at ${SPOTIFY_PAGE}: it was removed, is private, or the link is wrong.`,
    )
  })

  it('a 200 that is not JSON: invalid-response', async () => {
    const { context } = setup([
      {
        match: (url) => url.host === 'open.spotify.com',
        respond: { status: 200, headers: { 'content-type': 'text/html' }, body: '<html>' },
      },
    ])
    const error = await failure(oembedAdapter.resolveUrl(SPOTIFY_PAGE, context))
    expect(error.kind).toBe('invalid-response')
    expect(error.message).toBe('Spotify answered with something other than oEmbed JSON.')
  })

  it('JSON without a type: invalid-response from the mapper', async () => {
    const { context } = setup([
      { match: (url) => url.host === 'open.spotify.com', respond: { body: { version: '1.0' } } },
    ])
    const error = await failure(oembedAdapter.resolveUrl(SPOTIFY_PAGE, context))
    expect(error.kind).toBe('invalid-response')
    expect(error.message).toContain('without a valid `type`')
  })
})

describe('links and queries it cannot read', () => {
  it('an unknown site: unsupported, listing the providers', async () => {
    const { transport, context } = setup([])
    const error = await failure(oembedAdapter.resolveUrl('https://example.org/blog', context))
    expect(error.kind).toBe('unsupported')
    expect(error.message).toBe(
      'example.org is not a provider Storyloom can embed. Paste a link from YouTube, Vimeo, X, Threads, TikTok, Flickr, Spotify, SoundCloud, Instagram, Facebook, Bluesky, Mastodon.',
    )
    expect(transport.urls()).toEqual([])
  })

  it('a link that is not http(s): invalid-query', async () => {
    const { context } = setup([])
    const error = await failure(oembedAdapter.resolveUrl('javascript:alert(1)', context))
    expect(error.kind).toBe('invalid-query')
  })

  it('other query kinds: unsupported; a cursor: no more pages', async () => {
    const { transport, context } = setup([])
    const error = await failure(oembedAdapter.search({ kind: 'hashtag', tag: 'cats' }, {}, context))
    expect(error.kind).toBe('unsupported')
    const page = await oembedAdapter.search({ kind: 'url', url: YOUTUBE_PAGE }, {}, context, 'x')
    expect(page).toEqual({ posts: [] })
    expect(transport.urls()).toEqual([])
  })
})

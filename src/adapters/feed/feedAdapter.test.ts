import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fixturePath } from '../../test/fixturePath'
import { createRateLimitBook } from '../rateLimitBook'
import { sourceById } from '../registry'
import { createRelayAccess } from '../relayAccess'
import { SourceError } from '../sourceError'
import { createReplayTransport, type ReplayRoute } from '../testing/replayTransport'
import type { AdapterContext, Transport } from '../types'
import { feedAdapter } from './feedAdapter'
import { FeedFormatError } from './feedFormatError'

const RELAY = 'https://app.example/relay'
const relayed = (target: string) => createRelayAccess(RELAY).url(target, 'feed')

const fixtureText = (name: string) => readFileSync(fixturePath(`rss/${name}`), 'utf8')

const contextWith = (fetch: Transport, relay = true): AdapterContext => ({
  fetch,
  settings: { server: '' },
  rateLimits: createRateLimitBook(),
  now: () => Date.parse('2026-11-26T10:00:00Z'),
  random: () => 0.5,
  sleep: async () => undefined,
  ...(relay ? { relay: createRelayAccess(RELAY) } : {}),
})

const replay = (routes: ReplayRoute[], relay = true) => {
  const transport = createReplayTransport(routes)
  return { transport, context: contextWith(transport.fetch, relay) }
}

const rejection = async (promise: Promise<unknown>) => {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected a failure')
}

const REDDIT = 'https://www.reddit.com/.rss'

describe('feedAdapter.search', () => {
  it('reads through the relay, 20 posts a page, with an opaque cursor', async () => {
    const { transport, context } = replay([
      { match: relayed(REDDIT), respond: { body: fixtureText('rss-parser-reddit-atom.rss') } },
    ])
    const first = await feedAdapter.search({ kind: 'url', url: REDDIT }, {}, context)
    expect(first.posts).toHaveLength(20)
    expect(first.next).toBe('20')
    expect(first.posts[0]?.url).toBe(
      'https://www.reddit.com/r/space/comments/42babr/the_difficulties_in_space/',
    )
    expect(first.posts[0]?.id).toBe(
      'feed:https://www.reddit.com/.rss#https://www.reddit.com/r/space/comments/42babr/the_difficulties_in_space/',
    )
    expect(first.posts[0]?.fetchedAt).toBe('2026-11-26T10:00:00.000Z')
    const second = await feedAdapter.search({ kind: 'url', url: REDDIT }, {}, context, first.next)
    expect(second.posts).toHaveLength(4)
    expect(second.next).toBeUndefined()
    expect(transport.urls()).toEqual([relayed(REDDIT), relayed(REDDIT)])
  })

  it('decodes ISO-8859-1 bytes as served', async () => {
    const bytes = new Uint8Array(readFileSync(fixturePath('rss/rss-parser-encoding.rss')))
    const fetch: Transport = async () =>
      new Response(bytes, { headers: { 'content-type': 'application/rss+xml' } })
    const page = await feedAdapter.search(
      { kind: 'url', url: 'http://feeds.jn.pt/JN-ULTIMAS.rss' },
      {},
      contextWith(fetch),
    )
    expect(page.posts[0]?.text).toMatch(/^Mãe de utente é a nova presidente da Raríssimas/)
  })

  it('turns a Mastodon profile into its .rss, read directly without a relay (it sends CORS)', async () => {
    const { transport, context } = replay(
      [
        {
          match: 'https://mastodon.social/@Gargron.rss',
          respond: { body: fixtureText('rss-parser-narro.rss') },
        },
      ],
      false,
    )
    const page = await feedAdapter.search(
      { kind: 'url', url: 'https://mastodon.social/@Gargron' },
      {},
      context,
    )
    expect(page.posts).toHaveLength(1)
    expect(transport.urls()).toEqual(['https://mastodon.social/@Gargron.rss'])
  })

  it("surfaces the relay's refusal in its own words", async () => {
    const target = 'https://intranet.example/feed'
    const { context } = replay([
      {
        match: relayed(target),
        respond: { status: 403, body: { error: 'private address refused' } },
      },
    ])
    const error = (await rejection(
      feedAdapter.search({ kind: 'url', url: target }, {}, context),
    )) as SourceError
    expect(error).toBeInstanceOf(SourceError)
    expect(error.kind).toBe('unauthorized')
    expect(error.details.sourceMessage).toBe('private address refused')
    expect(error.message).toBe(
      'The relay could not read https://intranet.example/feed: private address refused',
    )
  })

  it('says the relay is required when the browser may not read the feed, without retrying', async () => {
    const requests: string[] = []
    const blocked: Transport = (url) => {
      requests.push(url)
      return Promise.reject(new TypeError('Failed to fetch'))
    }
    const error = (await rejection(
      feedAdapter.search(
        { kind: 'url', url: 'https://www.youtube.com/channel/UC9PBzalIcEQCsiIkq36PyUA' },
        {},
        contextWith(blocked, false),
      ),
    )) as SourceError
    expect(error.kind).toBe('relay-required')
    expect(error.message).toMatch(
      /^www\.youtube\.com does not let the browser read its feed directly/,
    )
    expect(requests).toEqual([
      'https://www.youtube.com/feeds/videos.xml?channel_id=UC9PBzalIcEQCsiIkq36PyUA',
    ])
  })

  it('says when the address is a web page, not a feed', async () => {
    const page = 'https://blog.example/about'
    const { context } = replay([
      {
        match: relayed(page),
        respond: {
          headers: { 'content-type': 'text/html' },
          body: '<!doctype html><title>About</title>',
        },
      },
    ])
    const error = (await rejection(
      feedAdapter.search({ kind: 'url', url: page }, {}, context),
    )) as FeedFormatError
    expect(error).toBeInstanceOf(FeedFormatError)
    expect(error.kind).toBe('invalid-response')
    expect(error.problem).toBe('html')
    expect(error.message).toBe(
      'https://blog.example/about is a web page, not a feed. Paste the address of its RSS, Atom or JSON feed instead.',
    )
  })

  it('answers only addresses, and refuses a made-up cursor', async () => {
    const { context, transport } = replay([])
    const text = (await rejection(
      feedAdapter.search({ kind: 'text', text: 'cats' }, {}, context),
    )) as SourceError
    expect(text.kind).toBe('unsupported')
    const cursor = (await rejection(
      feedAdapter.search({ kind: 'url', url: REDDIT }, {}, context, 'https://evil.example/'),
    )) as SourceError
    expect(cursor.kind).toBe('invalid-query')
    const scheme = (await rejection(
      feedAdapter.search({ kind: 'url', url: 'file:///etc/passwd' }, {}, context),
    )) as SourceError
    expect(scheme.kind).toBe('invalid-query')
    expect(transport.urls()).toEqual([])
  })
})

describe('feedAdapter.resolveUrl', () => {
  it('finds the item named after the fragment of a feed address', async () => {
    const feedUrl = 'https://github.com/gulpjs/gulp/releases.atom'
    const { context } = replay([
      { match: relayed(feedUrl), respond: { body: fixtureText('rss-parser-gulp-atom.atom') } },
    ])
    const post = await feedAdapter.resolveUrl(
      `${feedUrl}#https://github.com/gulpjs/gulp/releases/tag/v3.8.11`,
      context,
    )
    expect(post.url).toBe('https://github.com/gulpjs/gulp/releases/tag/v3.8.11')
    expect(post.author.name).toBe('contra')
  })

  it('refuses a page link, which no feed can be found from', async () => {
    const { context, transport } = replay([])
    const error = (await rejection(
      feedAdapter.resolveUrl('https://blog.example/2024/a-post', context),
    )) as SourceError
    expect(error.kind).toBe('unsupported')
    expect(error.message).toMatch(/is not a feed item's address/)
    expect(transport.urls()).toEqual([])
  })
})

describe('the registry entry', () => {
  it('describes and loads the feed adapter', async () => {
    const entry = sourceById('feed')
    expect(entry?.label).toBe('Feeds (RSS, Atom, JSON)')
    expect(entry?.queryKinds).toEqual(['url'])
    const adapter = await entry?.load()
    expect(adapter?.id).toBe('feed')
    expect(adapter?.defaultServer).toBe('')
    expect(adapter?.choosesServer).toBe(false)
    expect(adapter?.search).toBe(feedAdapter.search)
  })
})

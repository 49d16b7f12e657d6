// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createRelayHandler, RELAY_USER_AGENT, type RelayOptions } from './relayHandler.ts'
import {
  scriptedConnection,
  serveOnLoopback,
  tableResolver,
  type ScriptedAnswer,
  type ServedRelay,
} from './relayTestKit.ts'

const resolve = tableResolver({
  'news.example.org': ['151.101.1.140'],
  'cdn.example.org': ['151.101.65.140'],
  'intranet.example.org': ['10.20.30.40'],
  'www.youtube.com': ['142.250.179.110'],
  'www.reddit.com': ['151.101.193.140'],
  'oauth.reddit.com': ['151.101.129.140'],
})

const RSS = '<?xml version="1.0"?><rss version="2.0"><channel><title>News</title></channel></rss>'

let served: ServedRelay | undefined
let violations: string[] = []

afterEach(async () => {
  await served?.close()
  served = undefined
  // The scripted connection records every attempt to reach a refused address.
  expect(violations).toEqual([])
})

const start = async (script: Record<string, ScriptedAnswer>, options: RelayOptions = {}) => {
  const connection = scriptedConnection(script)
  violations = connection.violations
  served = await serveOnLoopback(
    createRelayHandler({ resolve, connect: connection.connect, env: {}, ...options }),
  )
  return { relay: served, requests: connection.requests }
}

const errorOf = async (response: Response) => ((await response.json()) as { error: string }).error

describe('relay addresses', () => {
  it('answers its health check', async () => {
    const { relay } = await start({})
    const response = await relay.get('/relay/health')
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({
      relay: 'storyloom',
      purposes: ['feed', 'oembed', 'reddit', 'media'],
    })
  })

  it('answers 404 for another address under /relay and only GET (405)', async () => {
    const { relay } = await start({})
    const unknown = await relay.get('/relay/elsewhere')
    expect(unknown.status).toBe(404)
    expect(await errorOf(unknown)).toContain('/relay/elsewhere')
    const post = await relay.get('/relay/health', { method: 'POST' })
    expect(post.status).toBe(405)
    expect(post.headers.get('allow')).toBe('GET')
  })

  it('passes requests outside /relay to the next middleware', async () => {
    const handler = createRelayHandler({ resolve, env: {} })
    const next = vi.fn()
    handler({ url: '/index.html', method: 'GET' } as never, {} as never, next)
    expect(next).toHaveBeenCalledOnce()
  })
})

describe('relay refusals (decided before any connection)', () => {
  it('400: no url, a malformed url, no or an unknown purpose', async () => {
    const { relay, requests } = await start({})
    const noUrl = await relay.get('/relay?purpose=feed')
    expect(noUrl.status).toBe(400)
    expect(await errorOf(noUrl)).toContain('needs a url parameter')
    const malformed = await relay.relay('not a url', 'feed')
    expect(malformed.status).toBe(400)
    expect(await errorOf(malformed)).toBe('"not a url" is not a valid absolute URL.')
    const noPurpose = await relay.get('/relay?url=https%3A%2F%2Fnews.example.org%2F')
    expect(noPurpose.status).toBe(400)
    expect(await errorOf(noPurpose)).toBe(
      'The relay needs a purpose parameter: one of feed, oembed, reddit, media.',
    )
    const unknown = await relay.relay('https://news.example.org/', 'proxy')
    expect(unknown.status).toBe(400)
    expect(await errorOf(unknown)).toContain('"proxy" is unknown')
    expect(requests).toEqual([])
  })

  it.each([
    ['file:///etc/passwd', 'not "file:" ones'],
    ['gopher://news.example.org/1', 'not "gopher:" ones'],
    ['http://10.0.0.1/', 'The address 10.0.0.1 is refused: it is a private network address.'],
    ['http://169.254.169.254/latest/meta-data/', 'cloud metadata'],
    ['http://[::1]/', 'loopback'],
    ['http://2130706433/', 'The address 127.0.0.1 is refused'],
    ['https://intranet.example.org/feed', 'intranet.example.org resolves to 10.20.30.40'],
    ['https://news.example.org:8443/feed', 'not port 8443'],
    ['https://me:pw@news.example.org/feed', 'user name or password'],
  ])('403 for %s, with a clear reason and no connection', async (url, reason) => {
    const { relay, requests } = await start({})
    const response = await relay.relay(url, 'feed')
    expect(response.status).toBe(403)
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(await errorOf(response)).toContain(reason)
    expect(requests).toEqual([])
  })

  it('403 for an oEmbed request to a host that is not a provider endpoint', async () => {
    const { relay, requests } = await start({})
    const response = await relay.relay('https://news.example.org/oembed?url=x', 'oembed')
    expect(response.status).toBe(403)
    expect(await errorOf(response)).toMatch(
      /^The relay does not fetch from news\.example\.org for oembed; it only asks www\.youtube\.com, /,
    )
    expect(requests).toEqual([])
  })

  it('403 at the hop when a public source redirects to a private address', async () => {
    const { relay, requests } = await start({
      'GET https://news.example.org/feed': {
        status: 302,
        headers: { location: 'http://10.0.0.7/latest' },
      },
    })
    const response = await relay.relay('https://news.example.org/feed', 'feed')
    expect(response.status).toBe(403)
    expect(await errorOf(response)).toBe(
      'The source redirected to http://10.0.0.7/latest; the address 10.0.0.7 is refused: ' +
        'it is a private network address.',
    )
    expect(requests.map((request) => request.url.href)).toEqual(['https://news.example.org/feed'])
  })

  it('403 when a redirect leaves the purpose allow-list or http(s)', async () => {
    const { relay } = await start({
      'GET https://www.youtube.com/oembed?url=v': {
        status: 301,
        headers: { location: 'https://news.example.org/elsewhere' },
      },
      'GET https://news.example.org/feed': {
        status: 307,
        headers: { location: 'file:///etc/passwd' },
      },
    })
    const offList = await relay.relay('https://www.youtube.com/oembed?url=v', 'oembed')
    expect(offList.status).toBe(403)
    expect(await errorOf(offList)).toContain(
      'The source redirected to https://news.example.org/elsewhere; the relay does not fetch from news.example.org for oembed',
    )
    const toFile = await relay.relay('https://news.example.org/feed', 'feed')
    expect(toFile.status).toBe(403)
    expect(await errorOf(toFile)).toContain('not "file:" ones')
  })

  it('429 with Retry-After once a client has spent its burst', async () => {
    const { relay } = await start(
      {
        'GET https://news.example.org/feed': {
          status: 200,
          headers: { 'content-type': 'application/rss+xml' },
          body: RSS,
        },
      },
      { rateLimit: { burst: 2, perMinute: 30 }, now: () => 1_000_000 },
    )
    expect((await relay.relay('https://news.example.org/feed', 'feed')).status).toBe(200)
    expect((await relay.relay('https://news.example.org/feed', 'feed')).status).toBe(200)
    const limited = await relay.relay('https://news.example.org/feed', 'feed')
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBe('2')
    expect(await errorOf(limited)).toBe(
      'Too many relay requests from this client; try again in 2 s.',
    )
  })
})

describe('relayed answers', () => {
  it('follows a redirect to another public host, pinning each checked address', async () => {
    const { relay, requests } = await start({
      'GET https://news.example.org/feed': {
        status: 301,
        headers: { location: 'https://cdn.example.org/feed.xml' },
      },
      'GET https://cdn.example.org/feed.xml': {
        status: 200,
        headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
        body: RSS,
      },
    })
    const response = await relay.relay('https://news.example.org/feed', 'feed')
    expect(response.status).toBe(200)
    expect(await response.text()).toBe(RSS)
    expect(requests.map((request) => request.address.address)).toEqual([
      '151.101.1.140',
      '151.101.65.140',
    ])
  })

  it('stops after 5 redirects with 502', async () => {
    const script: Record<string, ScriptedAnswer> = {}
    for (let hop = 0; hop < 7; hop++) {
      script[`GET https://news.example.org/${hop}`] = {
        status: 302,
        headers: { location: `/${hop + 1}` },
      }
    }
    const { relay, requests } = await start(script)
    const response = await relay.relay('https://news.example.org/0', 'feed')
    expect(response.status).toBe(502)
    expect(await errorOf(response)).toContain('redirected more than 5 times')
    expect(requests).toHaveLength(6)
  })

  it('passes body, type and useful headers, adds safety headers, forwards nothing of the client', async () => {
    const { relay, requests } = await start({
      'GET https://news.example.org/feed': {
        status: 200,
        headers: {
          'content-type': 'application/atom+xml; charset=utf-8',
          link: '<https://news.example.org/feed?page=2>; rel="next"',
          etag: '"abc"',
          'last-modified': 'Wed, 25 Nov 2026 10:00:00 GMT',
          'x-ratelimit-remaining': '99',
          'set-cookie': ['session=upstream'],
          'access-control-allow-origin': '*',
        },
        body: RSS,
      },
    })
    const response = await relay.relay('https://news.example.org/feed', 'feed', {
      headers: { cookie: 'editor-session=secret', authorization: 'Bearer mine' },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
    expect(response.headers.get('link')).toBe('<https://news.example.org/feed?page=2>; rel="next"')
    expect(response.headers.get('etag')).toBe('"abc"')
    expect(response.headers.get('last-modified')).toBe('Wed, 25 Nov 2026 10:00:00 GMT')
    expect(response.headers.get('x-ratelimit-remaining')).toBe('99')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox")
    expect(response.headers.get('cache-control')).toBe('private, max-age=60')
    expect(response.headers.get('set-cookie')).toBeNull()
    expect(response.headers.get('access-control-allow-origin')).toBeNull()
    expect(response.headers.get('x-storyloom-relay')).toBeNull()

    const sent = requests[0]?.headers ?? {}
    expect(sent['User-Agent']).toBe(RELAY_USER_AGENT)
    expect(sent.Accept).toContain('application/rss+xml')
    expect(Object.keys(sent).map((name) => name.toLowerCase())).not.toContain('cookie')
    expect(Object.keys(sent).map((name) => name.toLowerCase())).not.toContain('authorization')
  })

  it.each([
    [404, 'Not Found', {}],
    [410, 'Gone', {}],
    [503, 'Service Unavailable', {}],
    [429, 'Too Many Requests', { 'retry-after': '30' }],
  ])('passes an upstream %i through, marked as upstream', async (status, statusText, headers) => {
    const { relay } = await start({
      'GET https://news.example.org/feed': {
        status,
        statusText,
        headers: { 'content-type': 'text/html', ...headers },
        body: '<h1>no</h1>',
      },
    })
    const response = await relay.relay('https://news.example.org/feed', 'feed')
    expect(response.status).toBe(status)
    expect(response.headers.get('x-storyloom-relay')).toBe('upstream')
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
    const error = await errorOf(response)
    expect(error).toContain(`The source answered ${status} ${statusText}`)
    if (status === 429) {
      expect(response.headers.get('retry-after')).toBe('30')
      expect(error).toContain('Retry-After: 30')
    }
  })

  it('media: passes images, refuses SVG naming the type', async () => {
    const { relay } = await start({
      'GET https://cdn.example.org/avatar.png': {
        status: 200,
        headers: { 'content-type': 'image/png' },
        body: Buffer.from([0x89, 0x50, 0x4e, 0x47]),
      },
      'GET https://cdn.example.org/avatar.svg': {
        status: 200,
        headers: { 'content-type': 'image/svg+xml' },
        body: '<svg onload="alert(1)"/>',
      },
    })
    const png = await relay.relay('https://cdn.example.org/avatar.png', 'media')
    expect(png.status).toBe(200)
    expect(new Uint8Array(await png.arrayBuffer())).toEqual(
      new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
    )
    const svg = await relay.relay('https://cdn.example.org/avatar.svg', 'media')
    expect(svg.status).toBe(502)
    expect(await errorOf(svg)).toBe(
      'The source sent content of type image/svg+xml; for media the relay only passes image/* (but not image/svg+xml).',
    )
  })

  it('oembed: passes a provider JSON answer with an oEmbed Accept header', async () => {
    const { relay, requests } = await start({
      'GET https://www.youtube.com/oembed?url=https%3A%2F%2Fyoutu.be%2Fx&format=json': {
        status: 200,
        headers: { 'content-type': 'application/json' },
        body: '{"type":"video"}',
      },
    })
    const response = await relay.relay(
      'https://www.youtube.com/oembed?url=https%3A%2F%2Fyoutu.be%2Fx&format=json',
      'oembed',
    )
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ type: 'video' })
    expect(requests[0]?.headers.Accept).toMatch(/^application\/json/)
  })
})

describe('Reddit', () => {
  const TOKEN_URL = 'POST https://www.reddit.com/api/v1/access_token'
  const LISTING = '{"kind":"Listing","data":{"children":[]}}'
  const credentials = { REDDIT_CLIENT_ID: 'client-id', REDDIT_CLIENT_SECRET: 'client-secret' }

  it('without credentials fetches www.reddit.com anonymously', async () => {
    const { relay, requests } = await start({
      'GET https://www.reddit.com/r/pics/new.json?limit=2': {
        status: 200,
        headers: { 'content-type': 'application/json; charset=UTF-8' },
        body: LISTING,
      },
    })
    const response = await relay.relay('https://www.reddit.com/r/pics/new.json?limit=2', 'reddit')
    expect(response.status).toBe(200)
    expect(requests).toHaveLength(1)
    expect(requests[0]?.headers.Authorization).toBeUndefined()
  })

  it('with credentials gets an app token once, then asks oauth.reddit.com with it', async () => {
    let clock = 5_000_000
    const { relay, requests } = await start(
      {
        [TOKEN_URL]: {
          status: 200,
          headers: { 'content-type': 'application/json' },
          body: '{"access_token":"token-1","token_type":"bearer","expires_in":3600,"scope":"*"}',
        },
        'GET https://oauth.reddit.com/r/pics/new?limit=2': {
          status: 200,
          headers: { 'content-type': 'application/json', 'x-ratelimit-remaining': '99.0' },
          body: LISTING,
        },
        'GET https://www.reddit.com/r/pics/.rss': {
          status: 200,
          headers: { 'content-type': 'application/atom+xml' },
          body: '<feed/>',
        },
      },
      { env: credentials, now: () => clock },
    )
    const first = await relay.relay('https://www.reddit.com/r/pics/new.json?limit=2', 'reddit')
    expect(first.status).toBe(200)
    expect(first.headers.get('x-ratelimit-remaining')).toBe('99.0')
    expect(await first.text()).toBe(LISTING)

    const tokenRequest = requests[0]
    expect(tokenRequest?.method).toBe('POST')
    expect(tokenRequest?.body).toBe('grant_type=client_credentials')
    expect(tokenRequest?.headers.Authorization).toBe(
      `Basic ${Buffer.from('client-id:client-secret').toString('base64')}`,
    )
    expect(tokenRequest?.headers['User-Agent']).toBe(RELAY_USER_AGENT)
    expect(requests[1]?.url.href).toBe('https://oauth.reddit.com/r/pics/new?limit=2')
    expect(requests[1]?.headers.Authorization).toBe('bearer token-1')
    expect(requests[1]?.address.address).toBe('151.101.129.140')

    await relay.relay('https://www.reddit.com/r/pics/new.json?limit=2', 'reddit')
    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(1)

    // RSS has no OAuth twin: it stays on www.reddit.com, without the token.
    const rss = await relay.relay('https://www.reddit.com/r/pics/.rss', 'reddit')
    expect(rss.status).toBe(200)
    expect(requests.at(-1)?.headers.Authorization).toBeUndefined()

    clock += 3600 * 1000
    await relay.relay('https://www.reddit.com/r/pics/new.json?limit=2', 'reddit')
    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(2)
  })

  it('502 with a reason when Reddit refuses the token request', async () => {
    const { relay, requests } = await start(
      {
        [TOKEN_URL]: {
          status: 401,
          headers: { 'content-type': 'application/json' },
          body: '{"message":"Unauthorized","error":401}',
        },
      },
      { env: credentials },
    )
    const response = await relay.relay('https://www.reddit.com/r/pics/new.json', 'reddit')
    expect(response.status).toBe(502)
    expect(await errorOf(response)).toBe(
      "The relay could not get a Reddit access token: Reddit refused the relay's app token request (status 401).",
    )
    expect(requests).toHaveLength(1)
  })
})

describe('the test-only origin setting', () => {
  it('is off by default and warns when it is set', () => {
    const warn = vi.fn()
    createRelayHandler({ resolve, env: {}, warn })
    expect(warn).not.toHaveBeenCalled()
    createRelayHandler({
      resolve,
      env: { STORYLOOM_RELAY_TEST_ORIGIN: 'http://127.0.0.1:4180/' },
      warn,
    })
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('test-only setting'))
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('http://127.0.0.1:4180 '))
  })

  it('refuses to start with a value that is not an http(s) origin', () => {
    expect(() =>
      createRelayHandler({ resolve, env: { STORYLOOM_RELAY_TEST_ORIGIN: 'file:///tmp' } }),
    ).toThrow('STORYLOOM_RELAY_TEST_ORIGIN must be an http(s) origin')
  })
})

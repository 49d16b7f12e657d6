import { describe, expect, it } from 'vitest'
import { parseRetryAfter, requestBytes, requestJson } from './http'
import { createRateLimitBook } from './rateLimitBook'
import { SourceError } from './sourceError'
import type { AdapterContext, Transport } from './types'

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  })

/** A context whose clock advances only through `sleep`, so tests never wait. */
const contextWith = (answers: Array<() => Response | Promise<Response>>) => {
  const requests: string[] = []
  const sleeps: number[] = []
  let clock = Date.parse('2026-11-25T12:00:00Z')
  const transport: Transport = async (url) => {
    requests.push(url)
    const next = answers.shift()
    if (!next) throw new Error(`unexpected request ${url}`)
    return next()
  }
  const context: AdapterContext = {
    fetch: transport,
    settings: { server: 'https://example.social' },
    rateLimits: createRateLimitBook(),
    now: () => clock,
    random: () => 0.5,
    sleep: async (ms) => {
      sleeps.push(ms)
      clock += ms
    },
  }
  return { context, requests, sleeps }
}

const rejection = async (promise: Promise<unknown>) => {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected the request to fail')
}

describe('requestJson', () => {
  it('returns the parsed body, status and headers', async () => {
    const { context } = contextWith([() => json(200, { ok: 1 }, { link: '<x>; rel="next"' })])
    const answer = await requestJson(context, 'https://example.social/api/v1/x')
    expect(answer.data).toEqual({ ok: 1 })
    expect(answer.headers.get('link')).toBe('<x>; rel="next"')
  })

  it('waits as long as Retry-After says on a 429, then retries', async () => {
    const { context, requests, sleeps } = contextWith([
      () => json(429, { error: 'Too many requests' }, { 'retry-after': '7' }),
      () => json(200, []),
    ])
    await requestJson(context, 'https://example.social/api/v1/x')
    expect(requests).toHaveLength(2)
    // 7 s from the header plus at most 250 ms of jitter.
    expect(sleeps[0]).toBeGreaterThanOrEqual(7000)
    expect(sleeps[0]).toBeLessThanOrEqual(7250)
  })

  it('reports a rate limit it cannot wait out as rate-limited, never as an empty result', async () => {
    const { context } = contextWith([() => json(429, {}, { 'retry-after': '600' })])
    const error = await rejection(requestJson(context, 'https://example.social/api/v1/x'))
    expect(error).toBeInstanceOf(SourceError)
    expect((error as SourceError).kind).toBe('rate-limited')
    expect((error as SourceError).details.retryAfterMs).toBe(600_000)
  })

  it('waits for the X-RateLimit reset once the allowance is spent', async () => {
    const { context, sleeps } = contextWith([
      () =>
        json(200, [], {
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': '2026-11-25T12:00:10Z',
        }),
      () => json(200, []),
    ])
    await requestJson(context, 'https://example.social/api/v1/a')
    await requestJson(context, 'https://example.social/api/v1/b')
    expect(sleeps).toEqual([10_000])
  })

  it("keeps a 429's Retry-After for the next request once it gave up (a Retry pressed at once)", async () => {
    const tooMany = () => json(429, { error: 'Too many requests' }, { 'retry-after': '20' })
    const { context, requests, sleeps } = contextWith([
      tooMany,
      tooMany,
      tooMany,
      tooMany,
      () => json(200, []),
    ])
    const error = (await rejection(
      requestJson(context, 'https://example.social/api/v1/a'),
    )) as SourceError
    expect(error.kind).toBe('rate-limited')
    expect(requests).toHaveLength(4)
    sleeps.length = 0
    // The user presses Retry straight away: the server's 20 s still stand.
    await requestJson(context, 'https://example.social/api/v1/a')
    expect(sleeps).toEqual([20_000])
    expect(requests).toHaveLength(5)
  })

  it('sends nothing while a Retry-After it could not wait out still runs', async () => {
    const { context, requests } = contextWith([
      () => json(429, {}, { 'retry-after': '600' }),
      () => json(200, []),
    ])
    await rejection(requestJson(context, 'https://example.social/api/v1/a'))
    const again = (await rejection(
      requestJson(context, 'https://example.social/api/v1/b'),
    )) as SourceError
    expect(again.kind).toBe('rate-limited')
    expect(again.details.retryAfterMs).toBe(600_000)
    expect(requests).toHaveLength(1)
  })

  it('names a 404 not-found and keeps the server message', async () => {
    const { context } = contextWith([() => json(404, { error: 'Record not found' })])
    const error = (await rejection(
      requestJson(context, 'https://example.social/api/v1/statuses/0'),
    )) as SourceError
    expect(error.kind).toBe('not-found')
    expect(error.details.sourceMessage).toBe('Record not found')
  })

  it('says when a server answers with something other than JSON', async () => {
    const { context } = contextWith([
      () =>
        new Response('<!doctype html><p>Hi', {
          status: 200,
          headers: { 'content-type': 'text/html' },
        }),
    ])
    const error = (await rejection(requestJson(context, 'https://example.social/x'))) as SourceError
    expect(error.kind).toBe('invalid-response')
  })

  it('retries a failed connection, then reports it as a network error', async () => {
    const fail = () => Promise.reject(new TypeError('Failed to fetch'))
    const { context, requests } = contextWith([fail, fail, fail, fail])
    const error = (await rejection(requestJson(context, 'https://example.social/x'))) as SourceError
    expect(error.kind).toBe('network')
    expect(requests).toHaveLength(4)
  })

  it('times out an attempt that never answers', async () => {
    const never = () => new Promise<Response>(() => undefined)
    const hang: Transport = (_url, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () =>
          reject(new DOMException('aborted', 'AbortError')),
        )
        void never()
      })
    const { context } = contextWith([])
    const error = (await rejection(
      requestJson({ ...context, fetch: hang, timeoutMs: 5 }, 'https://example.social/x'),
    )) as SourceError
    expect(error.kind).toBe('timeout')
  })

  it('rejects at once with an AbortError when the caller cancels', async () => {
    const controller = new AbortController()
    const { context } = contextWith([])
    const hang: Transport = (_url, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () =>
          reject(new DOMException('aborted', 'AbortError')),
        )
      })
    const pending = requestJson(
      { ...context, fetch: hang, signal: controller.signal },
      'https://example.social/x',
    )
    controller.abort()
    const error = await rejection(pending)
    expect(error).toBeInstanceOf(DOMException)
    expect((error as DOMException).name).toBe('AbortError')
  })
})

describe('requestBytes', () => {
  const latin1 = Uint8Array.from('<rss>é</rss>', (char) => char.charCodeAt(0))

  it('returns the body untouched as bytes, with the content type and the Accept asked for', async () => {
    let accept: string | null = null
    const { context } = contextWith([
      () =>
        new Response(latin1, {
          status: 200,
          headers: { 'content-type': 'text/xml; charset=iso-8859-1' },
        }),
    ])
    const wrapped: AdapterContext = {
      ...context,
      fetch: (url, init) => {
        accept = new Headers(init?.headers).get('accept')
        return context.fetch(url, init)
      },
    }
    const answer = await requestBytes(wrapped, 'https://blog.example/feed', { accept: 'text/xml' })
    expect(Array.from(answer.bytes)).toEqual(Array.from(latin1))
    expect(answer.contentType).toBe('text/xml; charset=iso-8859-1')
    expect(answer.status).toBe(200)
    expect(accept).toBe('text/xml')
  })

  it('shares the retry policy: a 503 with Retry-After, then the body', async () => {
    const { context, requests, sleeps } = contextWith([
      () => new Response('busy', { status: 503, headers: { 'retry-after': '2' } }),
      () => new Response('<rss/>', { status: 200 }),
    ])
    const answer = await requestBytes(context, 'https://blog.example/feed')
    expect(new TextDecoder().decode(answer.bytes)).toBe('<rss/>')
    expect(requests).toHaveLength(2)
    expect(sleeps[0]).toBeGreaterThanOrEqual(2000)
    expect(answer.contentType).toBe('text/plain;charset=UTF-8')
  })

  it("keeps a JSON error body's reason (the relay's {error}) as the source message", async () => {
    const { context } = contextWith([() => json(403, { error: 'blog.example is not allowed' })])
    const error = (await rejection(
      requestBytes(context, 'https://app.example/relay'),
    )) as SourceError
    expect(error.kind).toBe('unauthorized')
    expect(error.details).toEqual({ status: 403, sourceMessage: 'blog.example is not allowed' })
  })

  it('can fail fast on a refused connection (a CORS refusal looks like one)', async () => {
    const fail = () => Promise.reject(new TypeError('Failed to fetch'))
    const { context, requests } = contextWith([fail, fail])
    const error = (await rejection(
      requestBytes(context, 'https://blog.example/feed', { retryConnectionErrors: false }),
    )) as SourceError
    expect(error.kind).toBe('network')
    expect(requests).toHaveLength(1)
  })

  it('refuses a body over the size limit', async () => {
    const { context } = contextWith([() => new Response('x'.repeat(101), { status: 200 })])
    const error = (await rejection(
      requestBytes(context, 'https://blog.example/feed', { maxBytes: 100 }),
    )) as SourceError
    expect(error.kind).toBe('invalid-response')
    expect(error.message).toBe('blog.example sent 101 bytes, more than the 100 accepted.')
  })
})

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-25T12:00:00Z')
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('3', now)).toBe(3000)
    expect(parseRetryAfter('Wed, 25 Nov 2026 12:00:30 GMT', now)).toBe(30_000)
    expect(parseRetryAfter('soon', now)).toBeUndefined()
    expect(parseRetryAfter(null, now)).toBeUndefined()
  })
})

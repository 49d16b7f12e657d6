import { describe, expect, it } from 'vitest'
import { createReplayTransport, toResponse } from './replayTransport'
import { recordedFixture } from './testRecordedFixture'

describe('createReplayTransport', () => {
  it('answers by exact URL or predicate, and records each request', async () => {
    const transport = createReplayTransport([
      { match: 'https://a.example/x?b=1', respond: { body: { ok: 1 } } },
      { match: (url) => url.pathname === '/y', respond: { status: 404, body: 'gone' } },
    ])
    const first = await transport.fetch('https://a.example/x?b=1', {
      headers: { accept: 'application/json' },
    })
    expect(first.status).toBe(200)
    expect(first.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(await first.json()).toEqual({ ok: 1 })
    const second = await transport.fetch('https://b.example/y')
    expect(second.status).toBe(404)
    expect(await second.text()).toBe('gone')
    expect(transport.urls()).toEqual(['https://a.example/x?b=1', 'https://b.example/y'])
    expect(transport.requests[0]).toEqual({
      url: 'https://a.example/x?b=1',
      method: 'GET',
      headers: { accept: 'application/json' },
    })
  })

  it('plays a list of responses in turn, then repeats the last', async () => {
    const transport = createReplayTransport([
      { match: 'https://a.example/', respond: [{ status: 429 }, { status: 200, body: [] }] },
    ])
    const statuses = []
    for (let index = 0; index < 3; index += 1)
      statuses.push((await transport.fetch('https://a.example/')).status)
    expect(statuses).toEqual([429, 200, 200])
  })

  it('rejects an unexpected request, naming its URL', async () => {
    const transport = createReplayTransport([])
    await expect(transport.fetch('https://nowhere.example/')).rejects.toThrow(
      'No recorded response for https://nowhere.example/',
    )
    expect(transport.urls()).toEqual(['https://nowhere.example/'])
  })

  it('rejects at once when the request is already aborted', async () => {
    const transport = createReplayTransport([{ match: 'https://a.example/', respond: {} }])
    const controller = new AbortController()
    controller.abort()
    await expect(
      transport.fetch('https://a.example/', { signal: controller.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' })
  })
})

describe('recordedFixture', () => {
  it('carries the recorded status and headers (Link, X-RateLimit-*)', async () => {
    const recorded = recordedFixture('mastodon/rtoot-timeline-tag-rstats.json')
    expect(recorded.status).toBe(200)
    expect(recorded.headers?.['x-ratelimit-limit']).toBe('300')
    const response = toResponse(recorded)
    expect(response.headers.get('link')).toMatch(/rel="next"/)
    expect(response.headers.get('x-ratelimit-remaining')).toBe('299')
    expect(((await response.json()) as unknown[]).length).toBe(5)
  })

  it('keeps a recorded error status', () => {
    expect(recordedFixture('mastodon/mastodonpy-status-404.json').status).toBe(404)
  })

  it('defaults to 200 without headers when a fixture has no .meta.json', () => {
    const recorded = recordedFixture('mastodon/docs-entity-status-example.json')
    expect(recorded.status).toBe(200)
    expect(recorded.headers).toEqual({})
  })
})

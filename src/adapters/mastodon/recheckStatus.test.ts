import { describe, expect, it, vi } from 'vitest'
import { readFixtureJson } from '../../test/fixturePath'
import { createRateLimitBook } from '../rateLimitBook'
import { createReplayTransport, type ReplayRoute } from '../testing/replayTransport'
import { recordedFixture } from '../testing/testRecordedFixture'
import type { AdapterContext } from '../types'
import { mapStatus } from './mapStatus'
import { mastodonAdapter } from './mastodonAdapter'
import type { RawStatus } from './rawTypes'
import { recheckStatus } from './recheckStatus'

const FOSSTODON = 'https://fosstodon.org'
const STATUS_API = `${FOSSTODON}/api/v1/statuses/114620457512351116`
const NOW = Date.parse('2026-11-25T12:00:00.000Z')

const snapshot = mapStatus(readFixtureJson('mastodon/rtoot-status-single.json') as RawStatus, {
  server: FOSSTODON,
  fetchedAt: '2026-01-01T00:00:00.000Z',
})

const setup = (routes: ReplayRoute[]) => {
  const transport = createReplayTransport(routes)
  const context: AdapterContext = {
    fetch: transport.fetch,
    settings: { server: 'https://mastodon.social' },
    sleep: vi.fn(async () => {}),
    now: () => NOW,
    random: () => 0,
    rateLimits: createRateLimitBook(),
  }
  return { transport, context }
}

describe('Mastodon recheck', () => {
  it('is offered by the adapter', () => {
    expect(mastodonAdapter.recheck).toBe(recheckStatus)
  })

  it('reads the status again at its sourceRef: live, with a fresh snapshot', async () => {
    const { transport, context } = setup([
      { match: STATUS_API, respond: recordedFixture('mastodon/rtoot-status-single.json') },
    ])
    const result = await recheckStatus(snapshot, context)
    expect(transport.urls()).toEqual([STATUS_API])
    expect(result.state).toBe('live')
    if (result.state !== 'live') return
    expect(result.post.id).toBe(snapshot.id)
    expect(result.post.text).toBe(snapshot.text)
    expect(result.post.fetchedAt).toBe(new Date(NOW).toISOString())
  })

  it('falls back on the post link when it has no sourceRef', async () => {
    const { transport, context } = setup([
      { match: STATUS_API, respond: recordedFixture('mastodon/rtoot-status-single.json') },
    ])
    const { sourceRef: _dropped, ...withoutRef } = snapshot
    expect((await recheckStatus(withoutRef, context)).state).toBe('live')
    expect(transport.urls()).toEqual([STATUS_API])
  })

  it('the API’s recorded 404 means deleted; 410 too', async () => {
    const gone = setup([
      { match: STATUS_API, respond: recordedFixture('mastodon/mastodonpy-status-404.json') },
    ])
    expect(await recheckStatus(snapshot, gone.context)).toEqual({ state: 'deleted' })
    const removed = setup([
      { match: STATUS_API, respond: { status: 410, body: { error: 'Gone' } } },
    ])
    expect(await recheckStatus(snapshot, removed.context)).toEqual({ state: 'deleted' })
  })

  it('401 and 403 mean the server no longer shows it to us', async () => {
    for (const status of [401, 403]) {
      const { context } = setup([
        { match: STATUS_API, respond: { status, body: { error: 'This action is not allowed' } } },
      ])
      expect(await recheckStatus(snapshot, context)).toEqual({
        state: 'unavailable',
        reason: 'private',
      })
    }
  })

  it('a 404 that is not the API speaking (an HTML page) is not called a deletion', async () => {
    const { context } = setup([
      {
        match: STATUS_API,
        respond: { status: 404, headers: { 'content-type': 'text/html' }, body: '<h1>No</h1>' },
      },
    ])
    expect(await recheckStatus(snapshot, context)).toEqual({
      state: 'unavailable',
      reason: 'not-found',
    })
  })

  it('a server error is thrown, never reported as a deletion', async () => {
    const { context } = setup([{ match: STATUS_API, respond: { status: 500, body: 'oops' } }])
    await expect(recheckStatus(snapshot, context)).rejects.toThrow(/500/)
  })

  it('refuses a post with no usable address, without any request', async () => {
    const { transport, context } = setup([])
    const hostile = { ...snapshot, sourceRef: 'javascript:alert(1)', url: 'ftp://x.example/1' }
    await expect(recheckStatus(hostile, context)).rejects.toThrow(/cannot be read again/)
    expect(transport.urls()).toEqual([])
  })
})

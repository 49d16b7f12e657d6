import { describe, expect, it } from 'vitest'
import { createRelayAccess, detectRelay } from './relayAccess'

const answer =
  (body: string, init: ResponseInit = {}) =>
  () =>
    Promise.resolve(new Response(body, init))

describe('createRelayAccess', () => {
  it('encodes the target and the purpose as query parameters', () => {
    const relay = createRelayAccess()
    const url = relay.url('https://example.org/feed.xml?a=1&b=2', 'feed')
    const parsed = new URL(url, 'http://127.0.0.1')
    expect(parsed.pathname).toBe('/relay')
    expect(parsed.searchParams.get('url')).toBe('https://example.org/feed.xml?a=1&b=2')
    expect(parsed.searchParams.get('purpose')).toBe('feed')
  })
})

describe('detectRelay', () => {
  it('finds a relay that answers its health address', async () => {
    const relay = await detectRelay(
      answer(JSON.stringify({ relay: 'storyloom', purposes: ['feed'] }), {
        headers: { 'content-type': 'application/json' },
      }),
    )
    expect(relay?.url('https://example.org/', 'feed')).toMatch(/^\/relay\?/)
  })

  it('says there is none when a static host answers with the app page or a 404', async () => {
    expect(await detectRelay(answer('<!doctype html><title>Storyloom</title>'))).toBeUndefined()
    expect(await detectRelay(answer('not found', { status: 404 }))).toBeUndefined()
    expect(await detectRelay(() => Promise.reject(new TypeError('offline')))).toBeUndefined()
  })
})

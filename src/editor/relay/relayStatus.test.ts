import { describe, expect, it, vi } from 'vitest'

describe('relay status', () => {
  it('asks the health address once and shares the answer', async () => {
    vi.resetModules()
    const fetch = vi
      .spyOn(window, 'fetch')
      .mockResolvedValue(
        new Response(JSON.stringify({ relay: 'storyloom', purposes: ['feed', 'media'] })),
      )
    const { whenRelayKnown, currentRelay } = await import('./relayStatus')
    expect(currentRelay()).toBeUndefined()
    const [first, second] = await Promise.all([whenRelayKnown(), whenRelayKnown()])
    expect(first).toBe(second)
    expect(fetch).toHaveBeenCalledTimes(1)
    expect(fetch.mock.calls[0]?.[0]).toBe('/relay/health')
    expect(currentRelay()?.url('https://example.org/a.xml', 'feed')).toBe(
      '/relay?url=https%3A%2F%2Fexample.org%2Fa.xml&purpose=feed',
    )
  })

  it('knows there is no relay when a static host answers with its page', async () => {
    vi.resetModules()
    vi.spyOn(window, 'fetch').mockResolvedValue(new Response('<!doctype html>'))
    const { whenRelayKnown, currentRelay } = await import('./relayStatus')
    expect(await whenRelayKnown()).toBeUndefined()
    expect(currentRelay()).toBeUndefined()
  })
})

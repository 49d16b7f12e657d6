import { describe, expect, it } from 'vitest'
import { readFixtureJson } from '../../test/fixturePath'
import { nextLinkUrl, parseLinkHeader } from '../mastodon/linkHeader'
import type { RawStatus } from '../mastodon/rawTypes'
import { seededRandom } from './seededRandom'
import { createSimulatedMastodonServer } from './simulatedMastodonServer'
import { statusesFromTemplates } from './statusesFromTemplates'

const ORIGIN = 'https://mastodon.social'
const FIRST = `${ORIGIN}/api/v1/timelines/tag/rstats?limit=40`
const templates = readFixtureJson('mastodon/rtoot-timeline-tag-rstats.json') as RawStatus[]
const statuses = statusesFromTemplates(templates, 100, { newestAt: '2025-07-17T19:07:48.000Z' })

/** A server without faults unless asked, on a clock the test moves by hand. */
const serverWith = (overrides: Partial<Parameters<typeof createSimulatedMastodonServer>[0]>) => {
  const clock = { now: Date.parse('2025-07-17T20:03:17Z') }
  const server = createSimulatedMastodonServer({
    origin: ORIGIN,
    tag: 'rstats',
    statuses,
    seed: 1,
    now: () => clock.now,
    fault429Rate: 0,
    timeoutRate: 0,
    latencyMs: [0, 0],
    ...overrides,
  })
  return { server, clock }
}

describe('statusesFromTemplates', () => {
  it('makes distinct statuses with strictly descending ids and times', () => {
    const ids = statuses.map((status) => BigInt(status.id ?? '0'))
    expect(new Set(statuses.map((status) => status.uri)).size).toBe(100)
    expect(ids.every((id, index) => index === 0 || id < (ids[index - 1] ?? 0n))).toBe(true)
    expect(statuses[0]?.account).toEqual(templates[0]?.account)
    expect(statuses[1]?.content).toBe(templates[1]?.content)
  })
})

describe('createSimulatedMastodonServer', () => {
  it('pages by max_id with Link next/prev and X-RateLimit headers, as Mastodon does', async () => {
    const { server } = serverWith({})
    const first = await server.fetch(FIRST)
    const page = (await first.json()) as RawStatus[]
    expect(page.map((status) => status.id)).toEqual(statuses.slice(0, 40).map((s) => s.id))
    const links = parseLinkHeader(first.headers.get('link'))
    expect(links.map((link) => link.rels)).toEqual([['next'], ['prev']])
    expect(links[0]?.url).toBe(
      `${ORIGIN}/api/v1/timelines/tag/rstats?limit=40&max_id=${statuses[39]?.id ?? ''}`,
    )
    expect(first.headers.get('x-ratelimit-limit')).toBe('30')
    expect(first.headers.get('x-ratelimit-remaining')).toBe('29')
    expect(first.headers.get('x-ratelimit-reset')).toBe('2025-07-17T20:04:00.000000Z')

    const third = await server.fetch(
      `${ORIGIN}/api/v1/timelines/tag/rstats?limit=40&max_id=${statuses[79]?.id ?? ''}`,
    )
    expect(((await third.json()) as RawStatus[]).length).toBe(20)
    // Not a full page: nothing after it.
    expect(nextLinkUrl(third.headers.get('link'))).toBeUndefined()
  })

  it('refuses requests over its limit with a Mastodon 429 and announces the quiet until reset', async () => {
    const { server, clock } = serverWith({ limit: { requests: 2, windowMs: 60_000 } })
    expect((await server.fetch(FIRST)).status).toBe(200)
    const spent = await server.fetch(FIRST)
    expect(spent.headers.get('x-ratelimit-remaining')).toBe('0')
    const refused = await server.fetch(FIRST)
    expect(refused.status).toBe(429)
    expect(refused.headers.get('retry-after')).toBeNull()
    expect(server.requests.map((request) => request.outcome)).toEqual(['page', 'page', 'limit-429'])
    expect(server.violations().map(({ window }) => window.reason)).toEqual(['limit-spent'])
    clock.now = Date.parse('2025-07-17T20:04:00Z')
    expect((await server.fetch(FIRST)).status).toBe(200)
    expect(server.peakWindowCount()).toBe(3)
  })

  it('injects 429s with Retry-After, and timeouts that end only when the client aborts', async () => {
    const { server } = serverWith({ fault429Rate: 1 })
    const answer = await server.fetch(FIRST)
    expect(answer.status).toBe(429)
    const seconds = Number(answer.headers.get('retry-after'))
    expect(seconds).toBeGreaterThanOrEqual(1)
    expect(seconds).toBeLessThanOrEqual(5)
    expect(server.quietWindows).toHaveLength(1)

    const { server: silent } = serverWith({ timeoutRate: 1 })
    const controller = new AbortController()
    const pending = silent.fetch(FIRST, { signal: controller.signal })
    controller.abort()
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' })
    expect(silent.requests[0]?.outcome).toBe('timeout')
  })

  it('goes offline once, after the given number of requests, for the given time', async () => {
    const { server, clock } = serverWith({ offline: { afterRequests: 1, durationMs: 40_000 } })
    await server.fetch(FIRST)
    await expect(server.fetch(FIRST)).rejects.toThrow(new TypeError('Failed to fetch'))
    clock.now += 39_999
    await expect(server.fetch(FIRST)).rejects.toThrow(TypeError)
    clock.now += 1
    expect((await server.fetch(FIRST)).status).toBe(200)
    expect(server.offlineGap()?.until).toBe(Date.parse('2025-07-17T20:03:57Z'))
  })
})

describe('seededRandom', () => {
  it('repeats a seed and differs between seeds, within [0, 1)', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, seededRandom(seed))
    expect(draw(7)).toEqual(draw(7))
    expect(draw(7)).not.toEqual(draw(8))
    expect(draw(7).every((value) => value >= 0 && value < 1)).toBe(true)
  })
})

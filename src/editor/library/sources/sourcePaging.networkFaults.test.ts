import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mastodonAdapter } from '../../../adapters/mastodon/mastodonAdapter'
import { mastodonSource } from '../../../adapters/mastodon/mastodonSource'
import type { RawStatus } from '../../../adapters/mastodon/rawTypes'
import { createRateLimitBook } from '../../../adapters/rateLimitBook'
import { SourceError } from '../../../adapters/sourceError'
import { seededRandom } from '../../../adapters/testing/seededRandom'
import { createSimulatedMastodonServer } from '../../../adapters/testing/simulatedMastodonServer'
import { statusesFromTemplates } from '../../../adapters/testing/statusesFromTemplates'
import type { AdapterContext } from '../../../adapters/types'
import { readFixtureJson } from '../../../test/fixturePath'
import {
  loadMoreFrom,
  loadPage,
  retryFrom,
  type PageLoad,
  type SourceSearchState,
} from './sourcePaging'

/**
 * Issue 8, item 5: paging through 2,000 statuses of a Mastodon hashtag while a fifth of the
 * answers are 429s, one in twenty never comes, and the network drops out once. The library's
 * own paging (`sourcePaging`) drives the real adapter and request policies against a simulated
 * server, all on Vitest's fake clock.
 */

const ORIGIN = 'https://mastodon.social'
const TAG = 'rstats'
const STATUS_COUNT = 2000
const START = Date.parse('2025-07-17T20:03:17Z')
/** How long the simulated user waits before pressing Retry after a failed page. */
const USER_PAUSE_MS = 1_000
/**
 * Seeds 3, 7 and 8 each hit a Retry-After that outlasted the adapter's own retries and then
 * a Retry pressed within it: the case that sent requests the server had refused in advance.
 */
const SEEDS = [1, 3, 7, 8]
/** Far more page loads than 51 pages and their retries can need: a loop guard, not a budget. */
const MAX_LOADS = 400

const templates = readFixtureJson('mastodon/rtoot-timeline-tag-rstats.json') as RawStatus[]
const statuses = statusesFromTemplates(templates, STATUS_COUNT, {
  newestAt: '2025-07-17T19:07:48.000Z',
})
const expectedPostIds = statuses.map((status) => `mastodon:${status.uri}`)

interface FailedLoad {
  cursor?: string
  kind: string
  /** The cursor of the load the user ran next: the same page must be read again. */
  resumedWith?: string
}

/** Runs `work` to the end, moving the fake clock from one timer to the next. */
const inVirtualTime = async <T>(work: Promise<T>): Promise<T> => {
  let settled = false
  const done = work.finally(() => {
    settled = true
  })
  while (!settled) {
    if (vi.getTimerCount() === 0) await Promise.resolve()
    if (!settled && vi.getTimerCount() === 0)
      throw new Error('The paging is stuck: nothing settled and no timer is pending.')
    await vi.advanceTimersToNextTimerAsync()
  }
  return done
}

/** A user who presses "Load more" until the end, and "Retry" (after a pause) when a page fails. */
const pageThroughEverything = async (context: AdapterContext) => {
  const failures: FailedLoad[] = []
  let load: PageLoad | undefined = {
    request: {
      source: { ...mastodonSource, load: () => Promise.resolve(mastodonAdapter) },
      server: ORIGIN,
      query: { kind: 'hashtag', tag: TAG },
      options: {},
    },
    shown: [],
  }
  let state: SourceSearchState | undefined
  let loads = 0
  while (load) {
    loads += 1
    if (loads > MAX_LOADS) throw new Error(`Still paging after ${MAX_LOADS} page loads.`)
    const previous = failures.at(-1)
    if (previous && previous.resumedWith === undefined && state?.failure)
      previous.resumedWith = load.cursor ?? '(first page)'
    state = await loadPage(load, context)
    if (!state) throw new Error('A page load was cancelled, though nothing cancelled it.')
    if (state.failure) {
      const { error } = state.failure
      failures.push({
        ...(load.cursor !== undefined ? { cursor: load.cursor } : {}),
        kind: error instanceof SourceError ? error.kind : String(error),
      })
      await new Promise((resolve) => setTimeout(resolve, USER_PAUSE_MS))
      load = retryFrom(state)
    } else {
      load = loadMoreFrom(state)
    }
  }
  return { state: state as SourceSearchState, failures, loads }
}

const runSeed = async (seed: number) => {
  const server = createSimulatedMastodonServer({
    origin: ORIGIN,
    tag: TAG,
    statuses,
    seed,
    now: () => Date.now(),
    limit: { requests: 15, windowMs: 60_000 },
    fault429Rate: 0.2,
    retryAfterSeconds: [1, 5],
    timeoutRate: 0.05,
    offline: { afterRequests: 25, durationMs: 40_000 },
  })
  const context: AdapterContext = {
    fetch: server.fetch,
    settings: { server: ORIGIN },
    rateLimits: createRateLimitBook(),
    now: () => Date.now(),
    random: seededRandom(seed * 7919 + 1),
    timeoutMs: 2_000,
  }
  const result = await inVirtualTime(pageThroughEverything(context))
  return { server, ...result, elapsedMs: Date.now() - START }
}

const count = <T>(items: readonly T[], predicate: (item: T) => boolean) =>
  items.filter(predicate).length

describe('paging 2,000 Mastodon statuses through network faults', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: START })
    // happy-dom's DOMParser makes rendering a status's HTML cost ~10 ms (20 s for 2,000 here;
    // a browser takes a fraction of that). Without it the adapter takes its fail-closed path
    // (sanitised, tags dropped); the rendering itself is tested in statusContent.test.ts, and
    // everything else of mapStatus still runs on each status.
    vi.stubGlobal('DOMParser', undefined)
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.useRealTimers()
  })

  it.each(SEEDS)(
    'seed %i: every status once, in order, and the rate limit respected',
    async (seed) => {
      const { server, state, failures, loads, elapsedMs } = await runSeed(seed)
      const { requests } = server
      const outcome = (name: string) => count(requests, (request) => request.outcome === name)
      const pages = requests.filter((request) => request.outcome === 'page')

      // No duplicates, no gaps, in the server's order.
      const postIds = state.posts.map((post) => post.id)
      expect(state.failure).toBeUndefined()
      expect(state.next).toBeUndefined()
      expect(new Set(postIds).size).toBe(postIds.length)
      expect(postIds).toHaveLength(STATUS_COUNT)
      expect(postIds).toEqual(expectedPostIds)
      // Each page was served once: a retry never read a page already delivered.
      const cursors = pages.map((request) => request.maxId ?? '(first page)')
      expect(new Set(cursors).size).toBe(cursors.length)
      expect(pages).toHaveLength(STATUS_COUNT / 40 + 1)

      // The server's rate limit: nothing arrived while it had asked for quiet, and its own limiter
      // never had to refuse anything (every 429 was an injected one).
      const atSecond = (at: number) => (at - START) / 1000
      expect(
        server.violations().map(({ request, window }) => ({
          request: `${request.outcome} at ${atSecond(request.at)} s`,
          window: `${window.reason} ${atSecond(window.from)}–${atSecond(window.until)} s`,
        })),
      ).toEqual([])
      expect(outcome('limit-429')).toBe(0)
      expect(server.peakWindowCount()).toBeLessThanOrEqual(15)
      expect(outcome('not-found')).toBe(0)

      // The faults really happened, and the failed pages were resumed where they failed.
      expect(outcome('fault-429')).toBeGreaterThanOrEqual(5)
      expect(outcome('timeout')).toBeGreaterThanOrEqual(1)
      expect(outcome('offline')).toBeGreaterThanOrEqual(4)
      expect(server.quietWindows.some((window) => window.reason === 'limit-spent')).toBe(true)
      const networkFailures = failures.filter((failure) => failure.kind === 'network')
      expect(networkFailures.length).toBeGreaterThanOrEqual(1)
      for (const failure of failures)
        expect(failure.resumedWith).toBe(failure.cursor ?? '(first page)')
      expect(failures.every((failure) => failure.cursor !== undefined)).toBe(true)

      const gap = server.offlineGap()
      const kinds = [...new Set(failures.map((failure) => failure.kind))]
        .map((kind) => `${count(failures, (failure) => failure.kind === kind)} ${kind}`)
        .join(', ')
      console.info(
        `seed ${seed}: ${postIds.length} posts in ${pages.length} pages, ${loads} page loads; ` +
          `${requests.length} requests: ${outcome('fault-429')} injected 429s, ` +
          `${outcome('timeout')} timeouts, ${outcome('offline')} offline refusals ` +
          `(gap ${gap ? (gap.until - gap.from) / 1000 : 0} s), ${outcome('limit-429')} over the limit; ` +
          `${failures.length} failed page loads resumed (${kinds}); ` +
          `${server.violations().length} rate-limit violations, peak ${server.peakWindowCount()} a window; ` +
          `virtual ${Math.round(elapsedMs / 1000)} s`,
      )
    },
    120_000,
  )
})

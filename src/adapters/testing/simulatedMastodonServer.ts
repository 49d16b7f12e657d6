/**
 * Test support: a Mastodon server's hashtag timeline as a `Transport`, with the faults of a real
 * network, on the test's clock. Under `vi.useFakeTimers()` its latencies and the client's
 * timeouts all run in virtual time, so minutes of paging take a moment.
 *
 * Model: faults happen in front of the server (a proxy, the network), so neither a dropped
 * request nor an injected 429 reaches the server's rate limiter; every request the server does
 * answer counts against its limit and tells the client, as Mastodon does, how many remain.
 * A client that reads those headers therefore never needs to be refused for the limit itself.
 */
import { abortableDelay, abortReason } from '../../lib/abortableDelay'
import type { RawStatus } from '../mastodon/rawTypes'
import type { Transport } from '../types'
import { seededRandom } from './seededRandom'

export type ServedOutcome =
  /** A page of statuses (possibly the empty one after the last). */
  | 'page'
  /** An injected 429 with `Retry-After`, as a proxy in front of the server sends. */
  | 'fault-429'
  /** The server's own rate limit refused the request: a client that reads its headers sends none. */
  | 'limit-429'
  /** No answer ever came; the request ends only when the client aborts it. */
  | 'timeout'
  /** The client was offline: the request failed at once, as `fetch` fails without a network. */
  | 'offline'
  /** Not the timeline this server serves. */
  | 'not-found'

export interface ServedRequest {
  url: string
  /** Virtual time at which the request arrived. */
  at: number
  outcome: ServedOutcome
  /** The `max_id` asked for; absent for the first page. */
  maxId?: string
  /** Ids of the statuses sent, for pages. */
  statusIds?: string[]
}

/** A span during which the server had told the client not to come back. */
export interface QuietWindow {
  /** Index in `requests` of the request whose answer announced it. */
  announcedBy: number
  from: number
  until: number
  reason: 'retry-after' | 'limit-spent'
}

export interface SimulatedMastodonOptions {
  /** e.g. `https://mastodon.social`. */
  origin: string
  /** The hashtag served at `/api/v1/timelines/tag/<tag>`. */
  tag: string
  /** The whole timeline, newest first. */
  statuses: readonly RawStatus[]
  seed: number
  /** The virtual clock (`Date.now` under fake timers). */
  now: () => number
  /** The server's own limit; Mastodon's default is 300 per 5 minutes. Default 30 per 60 s. */
  limit?: { requests: number; windowMs: number }
  /** Share of requests answered 429 with `Retry-After` by the proxy. Default 0.2. */
  fault429Rate?: number
  /** Inclusive range of the injected `Retry-After`, in seconds. Default 1–5. */
  retryAfterSeconds?: readonly [number, number]
  /** Share of requests that never get an answer. Default 0.05. */
  timeoutRate?: number
  /** One offline gap: it starts with request number `afterRequests` + 1 and lasts `durationMs`. */
  offline?: { afterRequests: number; durationMs: number }
  /** Inclusive range of the server's answer time, in ms. Default 50–400. */
  latencyMs?: readonly [number, number]
}

export interface SimulatedMastodonServer {
  fetch: Transport
  /** Every request, in order of arrival. */
  readonly requests: readonly ServedRequest[]
  /** Every "not before" the server announced, in order. */
  readonly quietWindows: readonly QuietWindow[]
  /** The offline gap, once it has begun. */
  offlineGap(): { from: number; until: number } | undefined
  /** Requests that arrived inside an announced quiet window. */
  violations(): Array<{ request: ServedRequest; window: QuietWindow }>
  /** The most requests the rate limiter counted in one window. */
  peakWindowCount(): number
}

/** Mastodon's statuses per page unless `limit` says fewer; it never sends more. */
const DEFAULT_PAGE = 20
const MAX_PAGE = 40

/** Mastodon writes `X-RateLimit-Reset` as an ISO date with microseconds. */
const mastodonTime = (millis: number): string => new Date(millis).toISOString().replace('Z', '000Z')

/** A request nobody answers: it settles only when the client gives up on it. */
const neverAnswered = (signal: AbortSignal | null | undefined) =>
  new Promise<Response>((_, reject) => {
    signal?.addEventListener('abort', () => reject(abortReason(signal)), { once: true })
  })

const json = (status: number, body: unknown, headers: Record<string, string>) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  })

/** The same request with another `max_id` / `min_id`, parameters sorted as Mastodon writes them. */
const pageLink = (request: URL, param: 'max_id' | 'min_id', id: string) => {
  const url = new URL(request.href)
  for (const name of ['max_id', 'min_id', 'since_id']) url.searchParams.delete(name)
  url.searchParams.set(param, id)
  url.searchParams.sort()
  return url.href
}

export const createSimulatedMastodonServer = (
  options: SimulatedMastodonOptions,
): SimulatedMastodonServer => {
  const random = seededRandom(options.seed)
  const limit = options.limit ?? { requests: 30, windowMs: 60_000 }
  const fault429Rate = options.fault429Rate ?? 0.2
  const [retryAfterMin, retryAfterMax] = options.retryAfterSeconds ?? [1, 5]
  const timeoutRate = options.timeoutRate ?? 0.05
  const [latencyMin, latencyMax] = options.latencyMs ?? [50, 400]
  const timelinePath = `/api/v1/timelines/tag/${encodeURIComponent(options.tag)}`
  const statuses = options.statuses.map((status) => ({ status, id: BigInt(status.id ?? '0') }))

  const requests: ServedRequest[] = []
  const quietWindows: QuietWindow[] = []
  let offline: { from: number; until: number } | undefined
  let windowIndex = -1
  let windowCount = 0
  let peak = 0

  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1))

  const isOffline = (at: number) => {
    if (!offline && options.offline && requests.length === options.offline.afterRequests)
      offline = { from: at, until: at + options.offline.durationMs }
    return offline !== undefined && at >= offline.from && at < offline.until
  }

  /** Counts the request in the current fixed window, as Mastodon's rack-attack does. */
  const countRequest = (at: number) => {
    const index = Math.floor(at / limit.windowMs)
    if (index !== windowIndex) {
      windowIndex = index
      windowCount = 0
    }
    windowCount += 1
    peak = Math.max(peak, windowCount)
    const resetAt = (index + 1) * limit.windowMs
    return { remaining: Math.max(0, limit.requests - windowCount), resetAt }
  }

  const fetch: Transport = async (input, init) => {
    const at = options.now()
    const url = new URL(input)
    const maxId = url.searchParams.get('max_id') ?? undefined
    const index = requests.length
    const record = (outcome: ServedOutcome, statusIds?: string[]) =>
      requests.push({
        url: url.href,
        at,
        outcome,
        ...(maxId !== undefined ? { maxId } : {}),
        ...(statusIds ? { statusIds } : {}),
      })
    const signal = init?.signal

    if (signal?.aborted) throw abortReason(signal)
    if (isOffline(at)) {
      record('offline')
      throw new TypeError('Failed to fetch')
    }
    const latency = between(latencyMin, latencyMax)
    if (url.origin !== options.origin || url.pathname !== timelinePath) {
      record('not-found')
      await abortableDelay(latency, signal)
      return json(404, { error: 'Record not found' }, {})
    }

    const roll = random()
    if (roll < timeoutRate) {
      record('timeout')
      return neverAnswered(signal)
    }
    if (roll < timeoutRate + fault429Rate) {
      const seconds = between(retryAfterMin, retryAfterMax)
      record('fault-429')
      await abortableDelay(latency, signal)
      const sentAt = options.now()
      quietWindows.push({
        announcedBy: index,
        from: sentAt,
        until: sentAt + seconds * 1000,
        reason: 'retry-after',
      })
      return json(429, { error: 'Too many requests' }, { 'retry-after': String(seconds) })
    }

    const { remaining, resetAt } = countRequest(at)
    const limitHeaders = {
      'x-ratelimit-limit': String(limit.requests),
      'x-ratelimit-remaining': String(remaining),
      'x-ratelimit-reset': mastodonTime(resetAt),
    }
    if (windowCount > limit.requests) {
      // Mastodon's throttled answer carries no Retry-After: the reset says when to come back.
      record('limit-429')
      await abortableDelay(latency, signal)
      quietWindows.push({
        announcedBy: index,
        from: options.now(),
        until: resetAt,
        reason: 'limit-spent',
      })
      return json(429, { error: 'Too many requests' }, limitHeaders)
    }

    const pageSize = Math.min(Number(url.searchParams.get('limit')) || DEFAULT_PAGE, MAX_PAGE)
    const below = maxId === undefined ? undefined : BigInt(maxId)
    const page = statuses
      .filter((entry) => below === undefined || entry.id < below)
      .slice(0, pageSize)
    const links: string[] = []
    // Mastodon offers a next page only after a full one; the page after the last is empty.
    const last = page.at(-1)
    if (last && page.length === pageSize)
      links.push(`<${pageLink(url, 'max_id', last.id.toString())}>; rel="next"`)
    const first = page[0]
    if (first) links.push(`<${pageLink(url, 'min_id', first.id.toString())}>; rel="prev"`)
    record(
      'page',
      page.map((entry) => entry.id.toString()),
    )
    await abortableDelay(latency, signal)
    if (remaining === 0)
      quietWindows.push({
        announcedBy: index,
        from: options.now(),
        until: resetAt,
        reason: 'limit-spent',
      })
    return json(
      200,
      page.map((entry) => entry.status),
      { ...limitHeaders, ...(links.length > 0 ? { link: links.join(', ') } : {}) },
    )
  }

  return {
    fetch,
    requests,
    quietWindows,
    offlineGap: () => offline,
    violations: () =>
      requests.flatMap((request, index) => {
        const window = quietWindows.find(
          (w) => index > w.announcedBy && request.at >= w.from && request.at < w.until,
        )
        return window ? [{ request, window }] : []
      }),
    peakWindowCount: () => peak,
  }
}

/**
 * Test support: a `Transport` that answers from recorded responses instead of the network, and
 * remembers every request, so adapter tests assert the exact URLs they cause.
 * Generic over sources: routes match a URL exactly or by predicate. A route may hold a list of
 * responses, played in turn (a 429, then the page); the last one repeats.
 */
import type { Transport } from '../types'

export interface RecordedResponse {
  /** HTTP status; 200 when absent. */
  status?: number
  headers?: Record<string, string>
  /** A string is sent as is (HTML error pages, empty bodies); anything else as JSON. */
  body?: unknown
}

export type RouteMatcher = string | ((url: URL, init: RequestInit | undefined) => boolean)

export interface ReplayRoute {
  match: RouteMatcher
  respond: RecordedResponse | RecordedResponse[]
}

export interface RecordedRequest {
  url: string
  method: string
  headers: Record<string, string>
}

export interface ReplayTransport {
  fetch: Transport
  /** Every request, in order, including unmatched ones. */
  readonly requests: RecordedRequest[]
  /** The URLs requested, in order: the usual thing to assert. */
  urls(): string[]
}

/** Statuses a `Response` may not carry a body with. */
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304])

export const toResponse = ({ status = 200, headers = {}, body }: RecordedResponse): Response => {
  const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body)
  const allHeaders = new Headers(headers)
  if (typeof body !== 'string' && body !== undefined && !allHeaders.has('content-type'))
    allHeaders.set('content-type', 'application/json; charset=utf-8')
  // A recorded length would disagree with the re-serialised body.
  allHeaders.delete('content-length')
  allHeaders.delete('content-encoding')
  return new Response(NULL_BODY_STATUSES.has(status) ? null : text, {
    status,
    headers: allHeaders,
  })
}

const headersOf = (init: RequestInit | undefined): Record<string, string> => {
  const result: Record<string, string> = {}
  new Headers(init?.headers).forEach((value, key) => {
    result[key] = value
  })
  return result
}

const matches = (matcher: RouteMatcher, url: URL, init: RequestInit | undefined): boolean =>
  typeof matcher === 'string' ? new URL(matcher).href === url.href : matcher(url, init)

/**
 * Unmatched requests reject with an error naming the URL, so a test that requests something
 * unexpected fails loudly rather than receiving a made-up answer.
 */
export const createReplayTransport = (routes: ReplayRoute[]): ReplayTransport => {
  const requests: RecordedRequest[] = []
  const played = new Map<ReplayRoute, number>()
  const fetch: Transport = (input, init) => {
    const url = new URL(input)
    requests.push({ url: url.href, method: init?.method ?? 'GET', headers: headersOf(init) })
    if (init?.signal?.aborted) {
      return Promise.reject(new DOMException('The request was cancelled.', 'AbortError'))
    }
    const route = routes.find((candidate) => matches(candidate.match, url, init))
    if (!route) return Promise.reject(new TypeError(`No recorded response for ${url.href}`))
    const responses = Array.isArray(route.respond) ? route.respond : [route.respond]
    const count = played.get(route) ?? 0
    played.set(route, count + 1)
    const response = responses[Math.min(count, responses.length - 1)]
    if (!response) return Promise.reject(new TypeError(`Empty route for ${url.href}`))
    return Promise.resolve(toResponse(response))
  }
  return { fetch, requests, urls: () => requests.map((request) => request.url) }
}

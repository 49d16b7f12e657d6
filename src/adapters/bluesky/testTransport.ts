/**
 * Test support: a scripted transport that answers requests in order and records what was asked,
 * so adapter tests can assert the exact XRPC URLs, headers and bodies without any network.
 */
import { readFileSync } from 'node:fs'
import { fixturePath, readFixtureJson } from '../../test/fixturePath'
import { createRateLimitBook } from '../rateLimitBook'
import type { AdapterContext, SourceCredentials, Transport } from '../types'

export interface RecordedRequest {
  url: string
  method: string
  headers: Record<string, string>
  body?: string
}

export type Answer = Response | ((request: RecordedRequest) => Response)

export const jsonResponse = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  })

interface FixtureMeta {
  response: { status: number; headers: Record<string, string> }
}

/** A recorded payload with its recorded status and rate-limit headers (not its transfer encoding). */
export const fixtureResponse = (name: string): Response => {
  const meta = JSON.parse(
    readFileSync(fixturePath(`bluesky/${name}.meta.json`), 'utf8'),
  ) as FixtureMeta
  const kept = Object.entries(meta.response.headers).filter(([key]) =>
    /^(?:ratelimit-|access-control-|date$)/i.test(key),
  )
  return jsonResponse(
    meta.response.status,
    readFixtureJson(`bluesky/${name}.json`),
    Object.fromEntries(kept),
  )
}

const headersOf = (init: RequestInit | undefined): Record<string, string> => {
  const headers: Record<string, string> = {}
  new Headers(init?.headers).forEach((value, key) => {
    headers[key] = value
  })
  return headers
}

export interface FakeContext {
  context: AdapterContext
  requests: RecordedRequest[]
  /** Every value passed to `onCredentialsChange`, in order. */
  credentialChanges: (SourceCredentials | undefined)[]
}

export const FIXED_NOW = Date.parse('2026-11-25T12:00:00.000Z')
export const FIXED_NOW_ISO = new Date(FIXED_NOW).toISOString()

export const fakeContext = (
  answers: Answer[],
  settings: Partial<AdapterContext['settings']> = {},
): FakeContext => {
  const requests: RecordedRequest[] = []
  const credentialChanges: (SourceCredentials | undefined)[] = []
  const queue = [...answers]
  const fetch: Transport = async (url, init) => {
    const request: RecordedRequest = {
      url,
      method: init?.method ?? 'GET',
      headers: headersOf(init),
      body: typeof init?.body === 'string' ? init.body : undefined,
    }
    requests.push(request)
    const answer = queue.shift()
    if (!answer) throw new Error(`unexpected request ${request.method} ${url}`)
    return typeof answer === 'function' ? answer(request) : answer
  }
  const context: AdapterContext = {
    fetch,
    settings: { server: 'https://public.api.bsky.app', ...settings },
    rateLimits: createRateLimitBook(),
    now: () => FIXED_NOW,
    random: () => 0.5,
    sleep: async () => {},
    onCredentialsChange: (credentials) => credentialChanges.push(credentials),
  }
  return { context, requests, credentialChanges }
}

/** The query parameters of a recorded URL, for assertions that do not depend on their order. */
export const paramsOf = (url: string): Record<string, string> =>
  Object.fromEntries(new URL(url).searchParams.entries())

import type { IncomingMessage, ServerResponse } from 'node:http'
import { bareHostname, checkTarget, type Resolve, type ResolvedAddress } from './addressCheck.ts'
import { connectPinned, systemResolve, type Connect, type OutboundResponse } from './outbound.ts'
import {
  PURPOSE_NAMES,
  PURPOSES,
  describeAcceptedTypes,
  isHostAllowed,
  isRelayPurpose,
  isTypeAccepted,
  mediaTypeOf,
  type RelayPurpose,
} from './purposes.ts'
import { RELAY_RATE_LIMIT, createRateLimiter, type RateLimitSettings } from './rateLimit.ts'
import {
  createRedditTokenSource,
  redditCredentialsFrom,
  toOAuthUrl,
  type PostForm,
  type RedditTokenSource,
} from './redditToken.ts'
import { RelayRefusal } from './relayRefusal.ts'

/** Where the relay lives on the editor's own origin (the client's RELAY_PATH). */
export const RELAY_PATH = '/relay'
export const RELAY_USER_AGENT = 'Storyloom-relay/0.1 (+story curation editor)'
export const RELAY_LIMITS = { maxBodyBytes: 5 * 1024 * 1024, budgetMs: 10_000, maxRedirects: 5 }

/**
 * TEST-ONLY environment setting: an exact origin (e.g. `http://127.0.0.1:4180`) the relay may
 * reach for every purpose although it is loopback, so browser journeys and tests can relay to
 * a local replay server. Never set it in production: it opens that origin to every visitor.
 */
export const TEST_ORIGIN_ENV = 'STORYLOOM_RELAY_TEST_ORIGIN'

export interface RelayOptions {
  /** Host name → addresses (default: the system resolver). */
  resolve?: Resolve
  /** Opens outbound connections (default: Node http/https pinned to the checked address). */
  connect?: Connect
  now?: () => number
  /** Where REDDIT_CLIENT_ID, REDDIT_CLIENT_SECRET and the test origin are read (default: process.env). */
  env?: Record<string, string | undefined>
  /** The whole exchange, redirects and body included, must end within this (default 10 s). */
  budgetMs?: number
  maxBodyBytes?: number
  rateLimit?: RateLimitSettings
  warn?: (message: string) => void
}

/** A Node / Connect middleware: answers /relay and /relay/*, passes anything else to `next`. */
export type RelayHandler = (
  request: IncomingMessage,
  response: ServerResponse,
  next?: (error?: unknown) => void,
) => void

/** Upstream headers worth passing on: paging, rate limits and caching validators. */
const PASSED_HEADERS = ['link', 'retry-after', 'etag', 'last-modified']
const isPassedHeader = (name: string) =>
  PASSED_HEADERS.includes(name) || name.startsWith('x-ratelimit-')

/** The relayed body is data for the editor's parsers, never a page to run. */
const SAFETY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; sandbox",
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308])

const shown = (url: string): string => (url.length > 200 ? `${url.slice(0, 200)}…` : url)
const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1)
const headerText = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value.join(', ') : value

const parseTestOrigin = (value: string | undefined): string | undefined => {
  if (!value) return undefined
  let origin: URL | undefined
  try {
    origin = new URL(value)
  } catch {
    origin = undefined
  }
  if (!origin || (origin.protocol !== 'http:' && origin.protocol !== 'https:')) {
    throw new Error(
      `${TEST_ORIGIN_ENV} must be an http(s) origin such as http://127.0.0.1:4180 (got "${value}").`,
    )
  }
  return origin.origin
}

const sendJson = (
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) => {
  if (response.headersSent || response.destroyed) return
  const text = JSON.stringify(body)
  response.writeHead(status, {
    ...headers,
    ...SAFETY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
  })
  response.end(text)
}

const passedHeaders = (upstream: OutboundResponse): Record<string, string> => {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(upstream.headers)) {
    const text = headerText(value)
    if (text !== undefined && isPassedHeader(name)) out[name] = text
  }
  return out
}

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`

/** Reads a body, giving up (and dropping the connection) as soon as it passes `maxBytes`. */
const readCapped = async (upstream: OutboundResponse, maxBytes: number): Promise<Buffer> => {
  const tooLarge = () =>
    new RelayRefusal(
      502,
      `The source's answer is larger than the relay's ${megabytes(maxBytes)} limit.`,
    )
  const declared = Number(headerText(upstream.headers['content-length']))
  if (Number.isFinite(declared) && declared > maxBytes) {
    upstream.discard()
    throw tooLarge()
  }
  const chunks: Uint8Array[] = []
  let total = 0
  for await (const chunk of upstream.body) {
    total += chunk.byteLength
    if (total > maxBytes) {
      upstream.discard()
      throw tooLarge()
    }
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

const upstreamErrorSentence = (upstream: OutboundResponse): string => {
  const status = `${upstream.status}${upstream.statusText ? ` ${upstream.statusText}` : ''}`
  const retryAfter = headerText(upstream.headers['retry-after'])
  return upstream.status === 429 && retryAfter
    ? `The source answered ${status}; it asks to wait (Retry-After: ${retryAfter}).`
    : `The source answered ${status}.`
}

const originOf = (raw: string): string | undefined => {
  try {
    return new URL(raw).origin
  } catch {
    return undefined
  }
}

export const createRelayHandler = (options: RelayOptions = {}): RelayHandler => {
  const env = options.env ?? process.env
  const resolve = options.resolve ?? systemResolve
  const connect = options.connect ?? connectPinned
  const now = options.now ?? Date.now
  const budgetMs = options.budgetMs ?? RELAY_LIMITS.budgetMs
  const maxBodyBytes = options.maxBodyBytes ?? RELAY_LIMITS.maxBodyBytes
  const warn = options.warn ?? ((message: string) => console.warn(message))
  const limiter = createRateLimiter(options.rateLimit ?? RELAY_RATE_LIMIT, now)

  const testOrigin = parseTestOrigin(env[TEST_ORIGIN_ENV])
  if (testOrigin) {
    warn(
      `[relay] ${TEST_ORIGIN_ENV}=${testOrigin} is set: the relay will fetch from this local ` +
        'origin for every purpose. This is a test-only setting; never set it in production.',
    )
  }

  /** Checks `raw` completely (address, purpose hosts) or throws the refusal. */
  const checked = async (
    raw: string,
    purpose: RelayPurpose,
    redirected: boolean,
  ): Promise<{ url: URL; address: ResolvedAddress }> => {
    const refuse = (status: 400 | 403 | 502, reason: string) =>
      new RelayRefusal(
        status,
        redirected ? `The source redirected to ${shown(raw)}; ${lowerFirst(reason)}` : reason,
      )
    // Test runs must never reach past the machine, not even a DNS lookup: with the test-only
    // origin set, everything else is refused before any name is resolved.
    const origin = originOf(raw)
    if (testOrigin && origin !== undefined && origin !== testOrigin)
      throw refuse(403, `In test mode the relay only fetches from ${testOrigin}.`)
    const result = await checkTarget(raw, { resolve, testOrigin })
    if (!result.ok) throw refuse(result.status, result.reason)
    const host = bareHostname(result.url)
    if (result.url.origin !== testOrigin && !isHostAllowed(purpose, host)) {
      const hosts = PURPOSES[purpose].hosts
      throw refuse(
        403,
        `The relay does not fetch from ${host} for ${purpose}; it only asks ${
          Array.isArray(hosts) ? hosts.join(', ') : 'public hosts'
        }.`,
      )
    }
    return result
  }

  const postForm: PostForm = async (url, headers, body, signal) => {
    const target = await checked(url, 'reddit', false)
    const upstream = await connect({ ...target, method: 'POST', headers, body, signal })
    const text = (await readCapped(upstream, 64 * 1024)).toString('utf8')
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch {
      json = undefined
    }
    return { status: upstream.status, json }
  }

  const redditCredentials = redditCredentialsFrom(env)
  const reddit: RedditTokenSource | undefined = redditCredentials
    ? createRedditTokenSource(redditCredentials, postForm, now, RELAY_USER_AGENT)
    : undefined

  /** Follows redirects by hand, checking every hop, up to the first non-redirect answer. */
  const fetchUpstream = async (
    raw: string,
    purpose: RelayPurpose,
    signal: AbortSignal,
  ): Promise<OutboundResponse> => {
    let current = raw
    for (let hop = 0; ; hop++) {
      let target = await checked(current, purpose, hop > 0)
      const headers: Record<string, string> = {
        'User-Agent': RELAY_USER_AGENT,
        Accept: PURPOSES[purpose].accept,
        'Accept-Encoding': 'identity',
      }
      const oauthUrl = purpose === 'reddit' && reddit ? toOAuthUrl(target.url) : undefined
      if (reddit && oauthUrl) {
        target = await checked(oauthUrl.href, purpose, false)
        try {
          headers.Authorization = `bearer ${await reddit.token(signal)}`
        } catch (error) {
          if (signal.aborted) throw error
          throw new RelayRefusal(
            502,
            `The relay could not get a Reddit access token: ${(error as Error).message}`,
          )
        }
      }
      const upstream = await connect({ ...target, method: 'GET', headers, signal })
      const location = headerText(upstream.headers.location)
      if (!REDIRECT_STATUSES.has(upstream.status) || !location) {
        if (upstream.status === 401 && reddit && oauthUrl) reddit.forget()
        return upstream
      }
      upstream.discard()
      if (hop >= RELAY_LIMITS.maxRedirects) {
        throw new RelayRefusal(
          502,
          `The source redirected more than ${RELAY_LIMITS.maxRedirects} times; the relay stopped following.`,
        )
      }
      try {
        current = new URL(location, target.url).href
      } catch {
        throw new RelayRefusal(
          502,
          `The source redirected to an invalid address: "${shown(location)}".`,
        )
      }
    }
  }

  const relay = async (
    request: IncomingMessage,
    response: ServerResponse,
    query: URLSearchParams,
  ) => {
    const client = request.socket.remoteAddress ?? 'unknown'
    const decision = limiter.take(client)
    if (!decision.allowed) {
      throw new RelayRefusal(
        429,
        `Too many relay requests from this client; try again in ${decision.retryAfterSeconds} s.`,
        { 'Retry-After': String(decision.retryAfterSeconds) },
      )
    }
    const target = query.get('url')
    if (!target) {
      throw new RelayRefusal(
        400,
        `The relay needs a url parameter: ${RELAY_PATH}?url=<address>&purpose=<${PURPOSE_NAMES.join('|')}>.`,
      )
    }
    const purpose = query.get('purpose')
    if (!isRelayPurpose(purpose)) {
      throw new RelayRefusal(
        400,
        purpose
          ? `The relay purpose "${shown(purpose)}" is unknown; use one of ${PURPOSE_NAMES.join(', ')}.`
          : `The relay needs a purpose parameter: one of ${PURPOSE_NAMES.join(', ')}.`,
      )
    }

    const controller = new AbortController()
    // A visitor who leaves stops the upstream exchange too.
    response.on('close', () => controller.abort())
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      controller.abort()
    }, budgetMs)
    // Also settles when an injected connection ignores the signal.
    const budget = new Promise<never>((_, reject) => {
      controller.signal.addEventListener('abort', () => reject(new Error('aborted')), {
        once: true,
      })
    })
    budget.catch(() => undefined)

    try {
      const exchange = async () => {
        const upstream = await fetchUpstream(target, purpose, controller.signal)
        if (upstream.status >= 400 && upstream.status <= 599) {
          upstream.discard()
          return () =>
            sendJson(
              response,
              upstream.status,
              { error: upstreamErrorSentence(upstream) },
              {
                ...passedHeaders(upstream),
                'X-Storyloom-Relay': 'upstream',
              },
            )
        }
        if (upstream.status < 200 || upstream.status > 299) {
          upstream.discard()
          throw new RelayRefusal(
            502,
            `The source answered an unexpected status ${upstream.status}.`,
          )
        }
        const contentType = headerText(upstream.headers['content-type'])
        const mediaType = mediaTypeOf(contentType)
        if (!mediaType || !isTypeAccepted(purpose, mediaType)) {
          upstream.discard()
          throw new RelayRefusal(
            502,
            `The source sent ${mediaType ? `content of type ${mediaType}` : 'no content type'}; ` +
              `for ${purpose} the relay only passes ${describeAcceptedTypes(purpose)}.`,
          )
        }
        const body = await readCapped(upstream, maxBodyBytes)
        return () => {
          if (response.headersSent || response.destroyed) return
          response.writeHead(upstream.status, {
            ...passedHeaders(upstream),
            ...SAFETY_HEADERS,
            'Content-Type': contentType ?? mediaType,
            'Content-Length': String(body.byteLength),
            'Cache-Control': 'private, max-age=60',
          })
          response.end(body)
        }
      }
      const send = await Promise.race([exchange(), budget])
      send()
    } catch (error) {
      if (timedOut) {
        throw new RelayRefusal(
          504,
          `The source did not answer completely within the relay's ${budgetMs / 1000} s limit.`,
        )
      }
      if (error instanceof RelayRefusal) throw error
      if (controller.signal.aborted) {
        throw new RelayRefusal(502, 'The request was cancelled before the source answered.')
      }
      const reason = (error as { code?: unknown }).code ?? (error as Error).message
      throw new RelayRefusal(502, `The relay could not reach the source (${String(reason)}).`)
    } finally {
      clearTimeout(timer)
    }
  }

  const handle = async (request: IncomingMessage, response: ServerResponse, address: URL) => {
    if (request.method !== 'GET') {
      throw new RelayRefusal(405, 'The relay only answers GET requests.', { Allow: 'GET' })
    }
    if (address.pathname === `${RELAY_PATH}/health`) {
      sendJson(response, 200, { relay: 'storyloom', purposes: PURPOSE_NAMES })
      return
    }
    if (address.pathname !== RELAY_PATH && address.pathname !== `${RELAY_PATH}/`) {
      throw new RelayRefusal(
        404,
        `The relay has no address ${shown(address.pathname)}; use ${RELAY_PATH}?url=…&purpose=… or ${RELAY_PATH}/health.`,
      )
    }
    await relay(request, response, address.searchParams)
  }

  return (request, response, next) => {
    const address = new URL(request.url ?? '/', 'http://relay.invalid')
    if (address.pathname !== RELAY_PATH && !address.pathname.startsWith(`${RELAY_PATH}/`)) {
      if (next) next()
      else sendJson(response, 404, { error: 'Not found.' })
      return
    }
    handle(request, response, address).catch((error: unknown) => {
      if (error instanceof RelayRefusal) {
        sendJson(response, error.status, { error: error.message }, error.headers)
        return
      }
      warn(`[relay] unexpected failure: ${error instanceof Error ? error.stack : String(error)}`)
      sendJson(response, 500, { error: 'The relay failed unexpectedly.' })
    })
  }
}

import { abortableDelay } from '../lib/abortableDelay'
import { createRateLimitBook } from './rateLimitBook'
import { isAbortError, SourceError } from './sourceError'
import type { AdapterContext } from './types'

export interface JsonResponse {
  data: unknown
  status: number
  headers: Headers
}

export interface RequestOptions {
  method?: 'GET' | 'POST'
  headers?: Record<string, string>
  body?: string
  /**
   * Whether a failed connection is tried again (default true). A browser reports a CORS
   * refusal as a failed connection, which no retry cures.
   */
  retryConnectionErrors?: boolean
}

const DEFAULT_TIMEOUT_MS = 15_000
const MAX_RETRIES = 3
const BASE_BACKOFF_MS = 1_000
/** Longer waits are reported to the user rather than spent silently. */
const MAX_WAIT_MS = 30_000
const DEFAULT_MAX_BYTES = 10_000_000

const sharedRateLimits = createRateLimitBook()

const defaultSleep = abortableDelay

const abortError = () => new DOMException('The request was cancelled.', 'AbortError')

/** `Retry-After` in seconds or as an HTTP date, in ms from now. */
export const parseRetryAfter = (value: string | null, now: number): number | undefined => {
  if (value === null) return undefined
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000
  const date = Date.parse(trimmed)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

/** Exponential backoff with jitter, so that many clients do not retry in step. */
const backoffMs = (attempt: number, random: () => number) => {
  const ceiling = BASE_BACKOFF_MS * 2 ** attempt
  return Math.round(ceiling / 2 + (random() * ceiling) / 2)
}

const readSourceMessage = (data: unknown): string | undefined => {
  if (typeof data !== 'object' || data === null) return undefined
  const record = data as Record<string, unknown>
  for (const key of ['error_description', 'message', 'error']) {
    const value = record[key]
    if (typeof value === 'string' && value.trim() !== '') return value.slice(0, 300)
  }
  return undefined
}

const parseBody = async (response: Response): Promise<unknown> => {
  const text = await response.text()
  if (text.trim() === '') return null
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

const errorForStatus = (url: URL, status: number, sourceMessage: string | undefined) => {
  const where = `${url.host}${url.pathname}`
  if (status === 404 || status === 410)
    return new SourceError('not-found', `${where} answered ${status}.`, { status, sourceMessage })
  if (status === 401 || status === 403)
    return new SourceError('unauthorized', `${where} answered ${status}.`, {
      status,
      sourceMessage,
    })
  return new SourceError('http', `${where} answered ${status}.`, { status, sourceMessage })
}

/** How one kind of answer is read: its body, and the source's own words in an error body. */
interface BodyReader<T> {
  accept: string
  read(response: Response): Promise<T>
  sourceMessage(body: T): string | undefined
}

interface RawResponse<T> {
  body: T
  status: number
  headers: Headers
}

/**
 * The policies every request shares: a timeout per attempt, retries with backoff on
 * 429/502/503/504 honouring `Retry-After`, waits for the `X-RateLimit-*` reset, and one error
 * type whose `kind` says what went wrong. Aborting `context.signal` rejects with an
 * `AbortError` at once.
 */
const requestWithPolicies = async <T>(
  context: AdapterContext,
  url: string,
  options: RequestOptions,
  reader: BodyReader<T>,
): Promise<RawResponse<T>> => {
  const target = new URL(url)
  const sleep = context.sleep ?? defaultSleep
  const now = context.now ?? Date.now
  const random = context.random ?? Math.random
  const rateLimits = context.rateLimits ?? sharedRateLimits
  const timeoutMs = context.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const connectionRetries = options.retryConnectionErrors === false ? 0 : MAX_RETRIES

  for (let attempt = 0; ; attempt += 1) {
    const wait = rateLimits.delayFor(target.origin, now())
    if (wait > MAX_WAIT_MS) {
      throw new SourceError('rate-limited', `${target.host} asks to wait ${wait} ms.`, {
        status: 429,
        retryAfterMs: wait,
      })
    }
    if (wait > 0) await sleep(wait, context.signal)

    const timeout = new AbortController()
    const timer = setTimeout(() => timeout.abort(), timeoutMs)
    const signal = context.signal
      ? AbortSignal.any([context.signal, timeout.signal])
      : timeout.signal
    let response: Response
    let body: T
    try {
      response = await context.fetch(target.href, {
        method: options.method ?? 'GET',
        headers: { accept: reader.accept, ...options.headers },
        body: options.body,
        signal,
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
      })
      body = await reader.read(response)
    } catch (error) {
      if (context.signal?.aborted) throw abortError()
      const timedOut = timeout.signal.aborted || isAbortError(error)
      if (attempt < connectionRetries) {
        await sleep(backoffMs(attempt, random), context.signal)
        continue
      }
      throw timedOut
        ? new SourceError('timeout', `${target.host} did not answer within ${timeoutMs} ms.`)
        : new SourceError('network', `${target.host} could not be reached: ${String(error)}`)
    } finally {
      clearTimeout(timer)
    }

    rateLimits.record(target.origin, response.headers, now())
    const { status } = response
    if (status === 429 || status === 502 || status === 503 || status === 504) {
      const retryAfter = parseRetryAfter(response.headers.get('retry-after'), now())
      const delay = retryAfter ?? backoffMs(attempt, random)
      if (attempt < MAX_RETRIES && delay <= MAX_WAIT_MS) {
        // Jitter on top of the server's date, so that retries do not arrive in one burst.
        await sleep(delay + Math.round(random() * 250), context.signal)
        continue
      }
      // Giving up does not end the server's wait: a Retry the user presses now must honour it.
      if (retryAfter !== undefined) rateLimits.holdUntil(target.origin, now() + retryAfter)
      if (status === 429)
        throw new SourceError('rate-limited', `${target.host} is rate limiting requests.`, {
          status,
          retryAfterMs: delay,
          sourceMessage: reader.sourceMessage(body),
        })
      throw errorForStatus(target, status, reader.sourceMessage(body))
    }
    if (!response.ok) throw errorForStatus(target, status, reader.sourceMessage(body))
    return { body, status, headers: response.headers }
  }
}

const JSON_READER: BodyReader<unknown> = {
  accept: 'application/json',
  read: parseBody,
  sourceMessage: readSourceMessage,
}

/** GETs or POSTs JSON with the shared request policies (see `requestWithPolicies`). */
export const requestJson = async (
  context: AdapterContext,
  url: string,
  options: RequestOptions = {},
): Promise<JsonResponse> => {
  const {
    body: data,
    status,
    headers,
  } = await requestWithPolicies(context, url, options, JSON_READER)
  if (data === undefined)
    throw new SourceError(
      'invalid-response',
      `${new URL(url).host} answered with something other than JSON.`,
      { status },
    )
  return { data, status, headers }
}

export interface BytesResponse {
  bytes: Uint8Array
  status: number
  headers: Headers
  /** The `Content-Type` header as sent (with its charset), or '' when absent. */
  contentType: string
}

/** An error body may still be JSON with the server's reason (our relay answers `{error}`). */
const sourceMessageOfBytes = (bytes: Uint8Array): string | undefined => {
  if (bytes.byteLength === 0 || bytes.byteLength > 10_000) return undefined
  try {
    return readSourceMessage(JSON.parse(new TextDecoder().decode(bytes)) as unknown)
  } catch {
    return undefined
  }
}

/**
 * GETs a body as bytes (feeds, whose text encoding only the body itself may tell), with the
 * shared request policies. Bodies over `maxBytes` (default 10 MB) are refused.
 */
export const requestBytes = async (
  context: AdapterContext,
  url: string,
  options: RequestOptions & { accept?: string; maxBytes?: number } = {},
): Promise<BytesResponse> => {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  const reader: BodyReader<Uint8Array> = {
    accept: options.accept ?? '*/*',
    read: async (response) => new Uint8Array(await response.arrayBuffer()),
    sourceMessage: sourceMessageOfBytes,
  }
  const { body, status, headers } = await requestWithPolicies(context, url, options, reader)
  if (body.byteLength > maxBytes)
    throw new SourceError(
      'invalid-response',
      `${new URL(url).host} sent ${body.byteLength} bytes, more than the ${maxBytes} accepted.`,
      { status },
    )
  return { bytes: body, status, headers, contentType: headers.get('content-type') ?? '' }
}

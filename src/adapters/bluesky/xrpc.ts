import { requestJson, type RequestOptions } from '../http'
import { normalizeServerUrl } from '../serverUrl'
import { SourceError, type SourceErrorDetails, type SourceErrorKind } from '../sourceError'
import type { AdapterContext } from '../types'
import type { RawXrpcError } from './rawTypes'

export type XrpcParams = Record<string, string | number | undefined>

/**
 * A failed XRPC call that also keeps the lexicon's error name (`ExpiredToken`, `NotFound`,
 * `AuthFactorTokenRequired`…), which the shared HTTP layer does not pass on.
 */
export class XrpcError extends SourceError {
  readonly xrpcError: string

  constructor(
    kind: SourceErrorKind,
    message: string,
    details: SourceErrorDetails,
    xrpcError: string,
  ) {
    super(kind, message, details)
    this.name = 'XrpcError'
    this.xrpcError = xrpcError
  }
}

export const xrpcErrorName = (error: unknown): string | undefined =>
  error instanceof XrpcError ? error.xrpcError : undefined

/** A server base URL from settings or credentials, checked like the server field the user typed. */
export const baseUrl = (server: string, what: string): string => {
  const result = normalizeServerUrl(server)
  if (!result.ok)
    throw new SourceError('invalid-query', `The Bluesky ${what} "${server}" is not a usable URL.`)
  return result.url
}

export const xrpcUrl = (base: string, method: string, params: XrpcParams = {}): string => {
  const url = new URL(`${base}/xrpc/${method}`)
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== '') url.searchParams.set(key, String(value))
  return url.href
}

const readErrorName = async (response: Response): Promise<string | undefined> => {
  try {
    const body = (await response.clone().json()) as RawXrpcError
    return typeof body?.error === 'string' ? body.error.slice(0, 100) : undefined
  } catch {
    return undefined
  }
}

/**
 * `requestJson` for an XRPC method, with the retry and rate-limit policies it brings, plus the
 * XRPC error name on failure. XRPC answers a missing record with 400 `NotFound`: that becomes a
 * `not-found` error like any 404.
 */
export const xrpcRequest = async (
  context: AdapterContext,
  url: string,
  options: RequestOptions = {},
): Promise<unknown> => {
  let errorName: string | undefined
  const observing: AdapterContext = {
    ...context,
    fetch: async (target, init) => {
      const response = await context.fetch(target, init)
      errorName = response.ok ? undefined : await readErrorName(response)
      return response
    },
  }
  try {
    return (await requestJson(observing, url, options)).data
  } catch (error) {
    if (!(error instanceof SourceError) || errorName === undefined) throw error
    const kind = errorName === 'NotFound' ? 'not-found' : error.kind
    const message = `${error.message.replace(/\.$/, '')} (${errorName}).`
    throw new XrpcError(kind, message, error.details, errorName)
  }
}

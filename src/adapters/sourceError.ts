/** Why a request to a source failed; the UI words a message and a remedy for each. */
export type SourceErrorKind =
  | 'network'
  | 'timeout'
  | 'rate-limited'
  | 'not-found'
  | 'unauthorized'
  /** The source answers this kind of query only for a signed-in user (Bluesky search). */
  | 'sign-in-required'
  | 'http'
  | 'invalid-response'
  | 'unsupported'
  | 'invalid-query'
  /** The source sends no CORS headers and this editor is served without its relay. */
  | 'relay-required'

export interface SourceErrorDetails {
  status?: number
  /** For `rate-limited`: when the source accepts requests again, in ms from now. */
  retryAfterMs?: number
  /** The source's own words, when it gave any (e.g. a Mastodon `error` field). */
  sourceMessage?: string
}

/**
 * A failed request, kept distinct from "no results" so the library never shows an error as
 * the end of a list. The message is English for logs; the UI translates by `kind`.
 */
export class SourceError extends Error {
  readonly kind: SourceErrorKind
  readonly details: SourceErrorDetails

  constructor(kind: SourceErrorKind, message: string, details: SourceErrorDetails = {}) {
    super(message)
    this.name = 'SourceError'
    this.kind = kind
    this.details = details
  }
}

export const isAbortError = (error: unknown): boolean =>
  error instanceof DOMException && error.name === 'AbortError'

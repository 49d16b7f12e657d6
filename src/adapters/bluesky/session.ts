import { normalizeServerUrl } from '../serverUrl'
import { isAbortError, SourceError } from '../sourceError'
import type { AdapterContext, SourceCredentials } from '../types'
import { isDid, isHandle } from './atUri'
import type { RawSession } from './rawTypes'
import { remoteHttpUrl } from './remoteUrl'
import { baseUrl, xrpcErrorName, xrpcRequest, xrpcUrl } from './xrpc'

/** Where accounts on Bluesky's own servers sign in; it hands out tokens for their real PDS. */
export const DEFAULT_SIGN_IN_SERVICE = 'https://bsky.social'

export interface SignInRequest {
  /** The user's PDS or entryway; `https://bsky.social` when empty. */
  service?: string
  /** Handle (with or without `@`), DID or email. */
  identifier: string
  /** An app password (Settings → Privacy and security → App passwords). Used once, never kept. */
  appPassword: string
}

/** Tokens rejected by the server: the session is over and the user must sign in again. */
const rejectsTokens = (error: unknown): boolean =>
  error instanceof SourceError && (error.details.status === 400 || error.details.status === 401)

/** The PDS named in the DID document, where this account's requests should go. */
const pdsOf = (session: RawSession): string | undefined => {
  const services = Array.isArray(session.didDoc?.service) ? session.didDoc.service : []
  const pds = services.find(
    (service) => service?.id === '#atproto_pds' || service?.type === 'AtprotoPersonalDataServer',
  )
  const endpoint = remoteHttpUrl(pds?.serviceEndpoint)
  if (!endpoint?.startsWith('https://')) return undefined
  // An odd endpoint (a query string, a path) is ignored rather than allowed to fail the sign-in.
  const normalized = normalizeServerUrl(endpoint)
  return normalized.ok ? normalized.url : undefined
}

const credentialsOf = (
  data: unknown,
  service: string,
  fallbackAccount: string,
): SourceCredentials => {
  const session = (data ?? {}) as RawSession
  if (typeof session.accessJwt !== 'string' || session.accessJwt === '')
    throw new SourceError(
      'invalid-response',
      'Bluesky answered the sign-in without an access token.',
    )
  const account = isHandle(session.handle)
    ? session.handle
    : isDid(session.did)
      ? session.did
      : fallbackAccount
  const credentials: SourceCredentials = {
    service: pdsOf(session) ?? service,
    account,
    accessToken: session.accessJwt,
  }
  if (typeof session.refreshJwt === 'string' && session.refreshJwt !== '')
    credentials.refreshToken = session.refreshJwt
  return credentials
}

/**
 * Signs in with `com.atproto.server.createSession` and returns the tokens. The app password goes
 * into that one request body and nowhere else: not into the result, an error or a log.
 */
export const signIn = async (
  context: AdapterContext,
  request: SignInRequest,
): Promise<SourceCredentials> => {
  const service = baseUrl(request.service?.trim() || DEFAULT_SIGN_IN_SERVICE, 'sign-in server')
  const identifier = request.identifier.trim().replace(/^@/, '')
  if (identifier === '' || request.appPassword === '')
    throw new SourceError(
      'invalid-query',
      'Signing in to Bluesky needs a handle and an app password.',
    )
  let data: unknown
  try {
    data = await xrpcRequest(context, xrpcUrl(service, 'com.atproto.server.createSession'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ identifier, password: request.appPassword }),
    })
  } catch (error) {
    if (!(error instanceof SourceError)) throw error
    if (xrpcErrorName(error) === 'AuthFactorTokenRequired')
      throw new SourceError(
        'unauthorized',
        'This account asks for a sign-in code sent by email (two-factor sign-in). Use an app ' +
          'password instead (Bluesky Settings → Privacy and security → App passwords): app ' +
          'passwords do not need the code.',
        error.details,
      )
    if (error.kind === 'unauthorized')
      throw new SourceError(
        'unauthorized',
        `${service} did not accept the handle and app password for ${identifier}: ` +
          `${error.details.sourceMessage ?? 'no reason given'}.`,
        error.details,
      )
    throw error
  }
  return credentialsOf(data, service, identifier)
}

/**
 * Ends the session with `com.atproto.server.deleteSession` (it takes the refresh token). Best
 * effort: the caller forgets the tokens whatever happens, so failures are swallowed.
 */
export const signOut = async (
  context: AdapterContext,
  credentials: SourceCredentials,
): Promise<void> => {
  const token = credentials.refreshToken ?? credentials.accessToken
  try {
    const service = baseUrl(credentials.service, 'server')
    await xrpcRequest(context, xrpcUrl(service, 'com.atproto.server.deleteSession'), {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    })
  } catch (error) {
    if (isAbortError(error)) throw error
  }
}

// Refresh tokens are single-use: two searches that both find the access token expired must
// share one refresh, or the second would spend a used token and sign the user out.
const refreshing = new Map<string, Promise<SourceCredentials>>()

const refreshOnce = async (
  context: AdapterContext,
  credentials: SourceCredentials & { refreshToken: string },
): Promise<SourceCredentials> => {
  const service = baseUrl(credentials.service, 'server')
  const data = await xrpcRequest(context, xrpcUrl(service, 'com.atproto.server.refreshSession'), {
    method: 'POST',
    headers: { authorization: `Bearer ${credentials.refreshToken}` },
  })
  return credentialsOf(data, service, credentials.account)
}

/**
 * New tokens from `com.atproto.server.refreshSession`. If the server rejects the refresh token,
 * the session is over: `onCredentialsChange(undefined)` and a `sign-in-required` error. Network
 * trouble is thrown as is and keeps the session, since the tokens may still be good.
 */
export const refreshSession = async (
  context: AdapterContext,
  credentials: SourceCredentials,
): Promise<SourceCredentials> => {
  const { refreshToken } = credentials
  if (!refreshToken) return endSession(context, 'the session expired and cannot be renewed')
  let pending = refreshing.get(refreshToken)
  if (!pending) {
    pending = refreshOnce(context, { ...credentials, refreshToken }).finally(() =>
      refreshing.delete(refreshToken),
    )
    refreshing.set(refreshToken, pending)
  }
  try {
    const fresh = await pending
    context.onCredentialsChange?.(fresh)
    return fresh
  } catch (error) {
    if (rejectsTokens(error))
      return endSession(context, 'the server no longer accepts this session')
    throw error
  }
}

export const endSession = (context: AdapterContext, why: string): never => {
  context.onCredentialsChange?.(undefined)
  throw new SourceError('sign-in-required', `Sign in to Bluesky again: ${why}.`)
}

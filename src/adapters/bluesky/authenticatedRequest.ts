import { SourceError } from '../sourceError'
import type { AdapterContext, SourceCredentials } from '../types'
import { endSession, refreshSession } from './session'
import { baseUrl, xrpcErrorName, xrpcRequest, xrpcUrl, type XrpcParams } from './xrpc'

/** An access token past its life: 400 `ExpiredToken` from a PDS, or a plain 401. */
const isExpired = (error: unknown): boolean =>
  error instanceof SourceError &&
  (error.details.status === 401 ||
    (error.details.status === 400 &&
      (xrpcErrorName(error) === 'ExpiredToken' || xrpcErrorName(error) === 'InvalidToken')))

const call = (
  context: AdapterContext,
  credentials: SourceCredentials,
  method: string,
  params: XrpcParams,
) =>
  xrpcRequest(context, xrpcUrl(baseUrl(credentials.service, 'server'), method, params), {
    headers: { authorization: `Bearer ${credentials.accessToken}` },
  })

/**
 * A GET to the signed-in user's PDS (which proxies `app.bsky.*` to the AppView). Without
 * credentials: `sign-in-required`. On an expired access token the session is refreshed once,
 * the new tokens are reported through `onCredentialsChange`, and the call is retried.
 */
export const authenticatedGet = async (
  context: AdapterContext,
  method: string,
  params: XrpcParams,
): Promise<unknown> => {
  const credentials = context.settings.credentials
  if (!credentials)
    throw new SourceError(
      'sign-in-required',
      `Bluesky answers ${method} only for a signed-in account.`,
    )
  try {
    return await call(context, credentials, method, params)
  } catch (error) {
    if (!isExpired(error)) throw error
  }
  const fresh = await refreshSession(context, credentials)
  try {
    return await call(context, fresh, method, params)
  } catch (error) {
    if (isExpired(error)) return endSession(context, 'the renewed session was refused')
    throw error
  }
}

import { SourceError } from '../sourceError'
import type { AdapterContext } from '../types'
import { isDid, isHandle } from './atUri'
import { baseUrl, xrpcRequest, xrpcUrl } from './xrpc'

/**
 * The DID behind a handle, via `com.atproto.identity.resolveHandle` on the AppView; a DID is
 * returned as is. Records are addressed by DID, so every link with a handle needs this first.
 */
export const resolveActorDid = async (context: AdapterContext, actor: string): Promise<string> => {
  if (isDid(actor)) return actor
  if (!isHandle(actor))
    throw new SourceError('invalid-query', `"${actor}" is neither a Bluesky handle nor a DID.`)
  const url = xrpcUrl(
    baseUrl(context.settings.server, 'server'),
    'com.atproto.identity.resolveHandle',
    {
      handle: actor,
    },
  )
  let data: unknown
  try {
    data = await xrpcRequest(context, url)
  } catch (error) {
    // The AppView answers an unknown handle with 400 "Unable to resolve handle".
    if (error instanceof SourceError && error.details.status === 400)
      throw new SourceError(
        'not-found',
        `Bluesky could not resolve the handle @${actor}.`,
        error.details,
      )
    throw error
  }
  const did = (data as { did?: unknown } | null)?.did
  if (!isDid(did))
    throw new SourceError('invalid-response', `resolveHandle gave no valid DID for @${actor}.`)
  return did
}

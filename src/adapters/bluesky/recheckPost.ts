import type { Post } from '../../domain/post'
import { SourceError } from '../sourceError'
import type { AdapterContext, RecheckResult } from '../types'
import { buildAtUri, isDid, parseAtUri, POST_COLLECTION } from './atUri'
import { isPostView, mapPostView } from './mapPostView'
import { parseBlueskyUrl } from './parseBlueskyUrl'
import { resolveActorDid } from './resolveActor'
import { baseUrl, xrpcErrorName, xrpcRequest, xrpcUrl } from './xrpc'

const METHOD = 'app.bsky.feed.getPosts'
const BLOCK_ERRORS = new Set(['BlockedActor', 'BlockedByActor'])

/** The post's at-uri: its `sourceRef`, else one built from its bsky.app link. */
const atUriOf = async (post: Post, context: AdapterContext): Promise<string> => {
  const ref = parseAtUri(post.sourceRef)
  if (ref && isDid(ref.authority) && ref.collection === POST_COLLECTION && ref.rkey)
    return buildAtUri(ref.authority, POST_COLLECTION, ref.rkey)
  const target = parseBlueskyUrl(post.url)
  if (target?.kind === 'post')
    return buildAtUri(await resolveActorDid(context, target.actor), POST_COLLECTION, target.rkey)
  throw new SourceError(
    'invalid-query',
    `${post.url} cannot be read again: no Bluesky post address.`,
  )
}

/**
 * Reads a Bluesky post again with `getPosts`, which leaves out what it cannot show rather than
 * failing: absent means deleted, unless the author asked not to be shown to logged-out readers
 * (then it is hidden from us, not gone). A block answers as unavailable.
 */
export const recheckPost = async (post: Post, context: AdapterContext): Promise<RecheckResult> => {
  const uri = await atUriOf(post, context)
  let data: unknown
  try {
    data = await xrpcRequest(
      context,
      xrpcUrl(baseUrl(context.settings.server, 'server'), METHOD, { uris: uri }),
    )
  } catch (error) {
    if (BLOCK_ERRORS.has(xrpcErrorName(error) ?? ''))
      return { state: 'unavailable', reason: 'blocked' }
    throw error
  }
  const posts = (data as { posts?: unknown } | null)?.posts
  if (!Array.isArray(posts))
    throw new SourceError('invalid-response', `${METHOD} answered without a "posts" list.`)
  const view: unknown = posts.find((candidate) => isPostView(candidate) && candidate.uri === uri)
  if (!isPostView(view))
    return post.reusePolicy?.hideFromLoggedOut
      ? { state: 'unavailable', reason: 'private' }
      : { state: 'deleted' }
  const fetchedAt = new Date(context.now?.() ?? Date.now()).toISOString()
  return { state: 'live', post: mapPostView(view, { fetchedAt }) }
}

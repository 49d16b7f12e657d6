import type { Post } from '../../domain/post'
import { requestJson } from '../http'
import { normalizeServerUrl } from '../serverUrl'
import { SourceError } from '../sourceError'
import type { AdapterContext, RecheckResult } from '../types'
import { mapStatus } from './mapStatus'
import type { RawStatus } from './rawTypes'
import { parseStatusUrl } from './statusUrl'

/**
 * The API address to read the post again: its `sourceRef` (the status on the server it was
 * read from), else its link. Both are checked like a typed link, since a story file may have
 * been imported from anywhere.
 */
const statusApiUrlOf = (post: Post): string => {
  for (const candidate of [post.sourceRef, post.url]) {
    const location = candidate ? parseStatusUrl(candidate) : undefined
    if (location && normalizeServerUrl(location.server).ok)
      return `${location.server}/api/v1/statuses/${encodeURIComponent(location.statusId)}`
  }
  throw new SourceError('invalid-query', `${post.url} cannot be read again: no status address.`)
}

const sameOrigin = (a: string, b: string) => {
  try {
    return new URL(a).origin === new URL(b).origin
  } catch {
    return false
  }
}

/**
 * Reads a Mastodon status again. 404 with the API's JSON error, or 410: deleted. 401/403: the
 * server no longer shows it to us (private, or the account is locked). Anything else (no
 * network, 5xx) is thrown: the check failed, the post did not change.
 */
export const recheckStatus = async (
  post: Post,
  context: AdapterContext,
): Promise<RecheckResult> => {
  const url = statusApiUrlOf(post)
  const server = new URL(url).origin
  const credentials = context.settings.credentials
  const headers: Record<string, string> =
    credentials && sameOrigin(url, credentials.service)
      ? { authorization: `Bearer ${credentials.accessToken}` }
      : {}
  try {
    const { data } = await requestJson(context, url, { headers })
    if (typeof data !== 'object' || data === null || Array.isArray(data))
      throw new SourceError(
        'invalid-response',
        `${new URL(url).host} sent something other than a status.`,
      )
    const fetchedAt = new Date((context.now ?? Date.now)()).toISOString()
    return { state: 'live', post: mapStatus(data as RawStatus, { server, fetchedAt }) }
  } catch (error) {
    if (!(error instanceof SourceError)) throw error
    const status = error.details.status
    if (status === 410 || (status === 404 && error.details.sourceMessage !== undefined))
      return { state: 'deleted' }
    if (status === 404) return { state: 'unavailable', reason: 'not-found' }
    if (status === 401 || status === 403) return { state: 'unavailable', reason: 'private' }
    throw error
  }
}

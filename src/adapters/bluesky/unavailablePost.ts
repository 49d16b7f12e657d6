import type { Post, UnavailableReason } from '../../domain/post'
import { didOfAtUri, profileUrl, webUrlForAtUri } from './atUri'
import { SOURCE_ID } from './mapPostView'

/**
 * A post the AppView could not show (`notFoundPost`, `blockedPost`) as a first-class Post, so a
 * thread keeps its shape and says what is missing. Only the at-uri is known: the author is its
 * DID, and `createdAt` is the time we found it missing. Undefined when the at-uri is unusable.
 */
export const unavailablePost = (
  uri: unknown,
  reason: UnavailableReason,
  fetchedAt: string,
): Post | undefined => {
  const url = webUrlForAtUri(uri)
  const did = didOfAtUri(uri)
  if (typeof uri !== 'string' || !url || !did) return undefined
  return {
    id: `${SOURCE_ID}:${uri}`,
    source: SOURCE_ID,
    url,
    author: { name: did, handle: did, id: did, url: profileUrl({ did }) },
    createdAt: fetchedAt,
    fetchedAt,
    text: '',
    html: '',
    media: [],
    availability: { state: 'unavailable', reason, checkedAt: fetchedAt },
    sourceRef: uri,
  }
}

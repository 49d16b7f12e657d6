import {
  FEED_COLLECTION,
  isDid,
  isHandle,
  isRkey,
  LIST_COLLECTION,
  parseAtUri,
  POST_COLLECTION,
} from './atUri'
import { parseHttpUrl } from '../../lib/safeUrl'

/** What a Bluesky link points at; `actor` is a handle or a DID, as the link gave it. */
export type BlueskyTarget =
  | { kind: 'post'; actor: string; rkey: string }
  | { kind: 'list'; actor: string; rkey: string }
  | { kind: 'feed'; actor: string; rkey: string }
  | { kind: 'profile'; actor: string }

const WEB_HOSTS = new Set(['bsky.app', 'www.bsky.app'])

const COLLECTION_KINDS: Record<string, 'post' | 'list' | 'feed'> = {
  [POST_COLLECTION]: 'post',
  [LIST_COLLECTION]: 'list',
  [FEED_COLLECTION]: 'feed',
}

const PATH_KINDS: Record<string, 'post' | 'list' | 'feed'> = {
  post: 'post',
  lists: 'list',
  feed: 'feed',
}

const actorOf = (segment: string): string | undefined => {
  let decoded: string
  try {
    decoded = decodeURIComponent(segment)
  } catch {
    return undefined
  }
  if (isDid(decoded)) return decoded
  // Handles are case-insensitive; the lower-case form is the one resolveHandle knows.
  return isHandle(decoded) ? decoded.toLowerCase() : undefined
}

const parseAt = (uri: string): BlueskyTarget | undefined => {
  const parsed = parseAtUri(uri)
  if (!parsed) return undefined
  const actor = actorOf(parsed.authority)
  if (!actor) return undefined
  if (parsed.collection === undefined) return { kind: 'profile', actor }
  const kind = COLLECTION_KINDS[parsed.collection]
  return kind && parsed.rkey ? { kind, actor, rkey: parsed.rkey } : undefined
}

const parseWeb = (input: string): BlueskyTarget | undefined => {
  const url = parseHttpUrl(input)
  if (!url) return undefined
  if (!WEB_HOSTS.has(url.hostname.toLowerCase())) return undefined
  const segments = url.pathname.split('/').filter((segment) => segment !== '')
  if (segments[0] !== 'profile' || segments[1] === undefined) return undefined
  const actor = actorOf(segments[1])
  if (!actor) return undefined
  if (segments.length === 2) return { kind: 'profile', actor }
  const kind = PATH_KINDS[segments[2] ?? '']
  const rkey = segments[3]
  if (!kind || segments.length !== 4 || !isRkey(rkey)) return undefined
  return { kind, actor, rkey }
}

/**
 * Reads a bsky.app link (`/profile/{handle|did}`, `…/post/{rkey}`, `…/lists/{rkey}`,
 * `…/feed/{rkey}`) or an `at://` URI. Undefined for anything else, including bsky.app pages we
 * cannot read as posts (search, starter packs, settings).
 */
export const parseBlueskyUrl = (input: string): BlueskyTarget | undefined => {
  const text = input.trim()
  return text.startsWith('at://') ? parseAt(text) : parseWeb(text)
}

/** The collection holding a target's record, for building its at-uri once the DID is known. */
export const collectionOf = (kind: 'post' | 'list' | 'feed'): string =>
  kind === 'post' ? POST_COLLECTION : kind === 'list' ? LIST_COLLECTION : FEED_COLLECTION

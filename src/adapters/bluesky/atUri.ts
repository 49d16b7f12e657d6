/**
 * AT Protocol identifiers and the bsky.app pages they correspond to. Everything here checks its
 * input against the protocol's syntax, so a hostile handle or rkey can never shape a URL.
 */

/** The public web client; its pages are the permalinks we show as "view original". */
export const BSKY_WEB = 'https://bsky.app'

export const POST_COLLECTION = 'app.bsky.feed.post'
export const FEED_COLLECTION = 'app.bsky.feed.generator'
export const LIST_COLLECTION = 'app.bsky.graph.list'
export const STARTER_PACK_COLLECTION = 'app.bsky.graph.starterpack'

const DID = /^did:[a-z]+:[a-zA-Z0-9._:%-]*[a-zA-Z0-9._-]$/
const HANDLE =
  /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$/
const NSID = /^[a-zA-Z](?:[a-zA-Z0-9-]{0,62})(?:\.[a-zA-Z0-9-]{1,63})+$/
const RKEY = /^[a-zA-Z0-9._:~-]{1,512}$/

// Branded so that a failed check on a string leaves a string, not `never`.
export type Did = string & { readonly __did: true }
export type Handle = string & { readonly __handle: true }

export const isDid = (value: unknown): value is Did =>
  typeof value === 'string' && value.length <= 2048 && DID.test(value)

/** `handle.invalid` is what the AppView shows when a handle no longer verifies: not a handle. */
export const isHandle = (value: unknown): value is Handle =>
  typeof value === 'string' &&
  value.length <= 253 &&
  HANDLE.test(value) &&
  value.toLowerCase() !== 'handle.invalid'

export const isRkey = (value: unknown): value is string =>
  typeof value === 'string' && RKEY.test(value) && value !== '.' && value !== '..'

export interface AtUri {
  /** A DID, or a handle in URIs written by people. */
  authority: string
  collection?: string
  rkey?: string
}

export const parseAtUri = (uri: unknown): AtUri | undefined => {
  if (typeof uri !== 'string') return undefined
  const match = /^at:\/\/([^/?#]+)(?:\/([^/?#]+)(?:\/([^/?#]+))?)?\/?$/.exec(uri)
  if (!match?.[1]) return undefined
  const [, authority, collection, rkey] = match
  if (!isDid(authority) && !isHandle(authority)) return undefined
  if (collection !== undefined && !NSID.test(collection)) return undefined
  if (rkey !== undefined && !isRkey(rkey)) return undefined
  return { authority, collection, rkey }
}

export const buildAtUri = (did: string, collection: string, rkey: string): string =>
  `at://${did}/${collection}/${rkey}`

/** The actor's page; prefers the handle people recognise, keeps the DID when it is all we have. */
export const profileUrl = (actor: { did?: string; handle?: string }): string | undefined => {
  const name = isHandle(actor.handle) ? actor.handle : isDid(actor.did) ? actor.did : undefined
  return name === undefined ? undefined : `${BSKY_WEB}/profile/${name}`
}

/**
 * The bsky.app page of a record: a post, a feed, a list, a starter pack. `handle` replaces the
 * DID in the address when the view gave one.
 */
export const webUrlForAtUri = (uri: unknown, handle?: string): string | undefined => {
  const parsed = parseAtUri(uri)
  if (!parsed) return undefined
  const actor = isHandle(handle) ? handle : parsed.authority
  const base = `${BSKY_WEB}/profile/${actor}`
  if (parsed.rkey === undefined) return base
  switch (parsed.collection) {
    case POST_COLLECTION:
      return `${base}/post/${parsed.rkey}`
    case FEED_COLLECTION:
      return `${base}/feed/${parsed.rkey}`
    case LIST_COLLECTION:
      return `${base}/lists/${parsed.rkey}`
    case STARTER_PACK_COLLECTION:
      return `${BSKY_WEB}/starter-pack/${actor}/${parsed.rkey}`
    default:
      return base
  }
}

/** The DID a record lives under, when its at-uri names one (it does in every AppView answer). */
export const didOfAtUri = (uri: unknown): string | undefined => {
  const authority = parseAtUri(uri)?.authority
  return isDid(authority) ? authority : undefined
}

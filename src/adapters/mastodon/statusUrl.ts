export interface StatusLocation {
  /** Origin of the server the link points at (`https://example.social`). */
  server: string
  /** The status's id on that server. */
  statusId: string
}

/**
 * Hosts whose links look like Mastodon's (`/@user/123`) but are not Mastodon-API servers.
 * Matched with their subdomains.
 */
const OTHER_NETWORKS = [
  'bsky.app',
  'bsky.social',
  'x.com',
  'twitter.com',
  'youtube.com',
  'youtu.be',
  'reddit.com',
  'redd.it',
  'facebook.com',
  'instagram.com',
  'threads.net',
  'threads.com',
  'linkedin.com',
  'tiktok.com',
  'medium.com',
  'substack.com',
  'tumblr.com',
  'github.com',
  'news.ycombinator.com',
]

const USER = String.raw`[\w.%-]+`
const DOMAIN = String.raw`[\w.-]+\.[a-z]{2,}`
const ALNUM_ID = '([A-Za-z0-9]+)'
const NUMERIC_ID = '(\\d+)'

/** The post paths of Mastodon and the servers that speak its API. The id is group 1. */
const STATUS_PATHS = [
  // Mastodon: /@user/123 and a remote account seen from this server, /@user@other.host/123.
  new RegExp(`^/@${USER}(?:@${DOMAIN})?/${NUMERIC_ID}/?$`, 'i'),
  // Mastodon's ActivityPub ids, GoToSocial's pages: /users/user/statuses/ID, /@user/statuses/ID.
  new RegExp(`^/(?:users/${USER}|@${USER})/statuses/${ALNUM_ID}/?$`, 'i'),
  // Akkoma / Pleroma.
  new RegExp(`^/notice/${ALNUM_ID}/?$`, 'i'),
  // Pixelfed.
  new RegExp(`^/p/${USER}/${NUMERIC_ID}/?$`, 'i'),
  // Bare /statuses/ID, including an API link someone copied.
  new RegExp(`^(?:/api/v1)?/statuses/${ALNUM_ID}/?$`, 'i'),
]

const isOtherNetwork = (hostname: string): boolean => {
  const host = hostname.toLowerCase().replace(/\.$/, '')
  return OTHER_NETWORKS.some((domain) => host === domain || host.endsWith(`.${domain}`))
}

/** Where a post link points: its server and the status id there; undefined if not a post link. */
export const parseStatusUrl = (url: URL | string): StatusLocation | undefined => {
  let parsed: URL
  try {
    parsed = typeof url === 'string' ? new URL(url) : url
  } catch {
    return undefined
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined
  if (parsed.username || parsed.password || isOtherNetwork(parsed.hostname)) return undefined
  for (const pattern of STATUS_PATHS) {
    const id = pattern.exec(parsed.pathname)?.[1]
    if (id) return { server: parsed.origin, statusId: id }
  }
  return undefined
}

/** Whether a pasted or dropped link is a post on a Mastodon-API server. */
export const matchesStatusUrl = (url: URL): boolean => parseStatusUrl(url) !== undefined

/**
 * Why the editor asks the relay to fetch something, and what each reason allows: which hosts
 * (`'any-public'` still passes the address check) and which content types may come back.
 * This is the one table the relay consults; the client names the same purposes in
 * src/adapters/types.ts (`RelayPurpose`).
 */
export type RelayPurpose = 'feed' | 'oembed' | 'reddit' | 'media'

export interface PurposeRule {
  /** Exact host names allowed, or any host whose address is public. */
  hosts: 'any-public' | readonly string[]
  /** Media types (lower case, no parameters) accepted in a successful answer. */
  types: readonly string[]
  /** Accept any `image/*` type (the media purpose) except those in `refusedTypes`. */
  anyImage?: boolean
  /** Types refused even though `anyImage` would accept them. */
  refusedTypes?: readonly string[]
  /** The Accept header sent upstream: what this purpose can use. */
  accept: string
}

const JSON_TYPES = ['application/json', 'text/json', 'text/javascript'] as const
const FEED_TYPES = [
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/xml',
  'text/xml',
] as const

export const PURPOSES: Readonly<Record<RelayPurpose, PurposeRule>> = {
  feed: {
    hosts: 'any-public',
    // Some feeds are served as text/plain or plain JSON; the browser's parser decides.
    types: [...FEED_TYPES, 'application/feed+json', 'application/json', 'text/plain'],
    accept:
      'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml, ' +
      'application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, text/plain;q=0.5',
  },
  oembed: {
    hosts: [
      'www.youtube.com',
      'youtube.com',
      'vimeo.com',
      'publish.twitter.com',
      'www.tiktok.com',
      'graph.facebook.com',
      'graph.threads.net',
      'www.flickr.com',
      'flickr.com',
      'open.spotify.com',
      'soundcloud.com',
      'embed.bsky.app',
    ],
    // YouTube answers a refused embed with 403 "Forbidden" as text/plain.
    types: [...JSON_TYPES, 'text/plain'],
    accept: 'application/json, text/javascript;q=0.8, text/plain;q=0.5',
  },
  reddit: {
    hosts: ['www.reddit.com', 'old.reddit.com', 'oauth.reddit.com'],
    types: [...JSON_TYPES, ...FEED_TYPES],
    accept: 'application/json, application/atom+xml;q=0.9, application/rss+xml;q=0.9',
  },
  media: {
    hosts: 'any-public',
    types: [],
    anyImage: true,
    // SVG can carry script: an avatar or thumbnail must never be one.
    refusedTypes: ['image/svg+xml'],
    accept: 'image/avif, image/webp, image/png, image/jpeg, image/gif;q=0.9',
  },
}

export const PURPOSE_NAMES = Object.keys(PURPOSES) as RelayPurpose[]

export const isRelayPurpose = (value: string | null): value is RelayPurpose =>
  value !== null && Object.hasOwn(PURPOSES, value)

export const isHostAllowed = (purpose: RelayPurpose, hostname: string): boolean => {
  const { hosts } = PURPOSES[purpose]
  return hosts === 'any-public' || hosts.includes(hostname.toLowerCase())
}

/** `text/html; charset=utf-8` → `text/html`; undefined when there is no usable type. */
export const mediaTypeOf = (contentType: string | undefined): string | undefined => {
  const type = contentType?.split(';')[0]?.trim().toLowerCase()
  return type ? type : undefined
}

export const isTypeAccepted = (purpose: RelayPurpose, mediaType: string): boolean => {
  const rule = PURPOSES[purpose]
  if (rule.refusedTypes?.includes(mediaType)) return false
  if (rule.anyImage && /^image\/[a-z0-9.+-]+$/.test(mediaType)) return true
  return rule.types.includes(mediaType)
}

/** How the accepted types read in an error sentence. */
export const describeAcceptedTypes = (purpose: RelayPurpose): string => {
  const rule = PURPOSES[purpose]
  const listed = rule.anyImage ? ['image/*'] : [...rule.types]
  const refused = rule.refusedTypes?.length ? ` (but not ${rule.refusedTypes.join(', ')})` : ''
  return `${listed.join(', ')}${refused}`
}

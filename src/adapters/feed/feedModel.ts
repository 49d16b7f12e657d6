/**
 * A feed as read from RSS 2.0, RSS 1.0 (RDF), Atom 1.0/0.3 or JSON Feed 1.0/1.1: one shape,
 * whatever the format, so mapping to posts never looks at the format again. Text is as the
 * feed wrote it: `html` is NOT sanitised yet (feedItemToPost does that).
 */
export type FeedFormat = 'rss' | 'rdf' | 'atom' | 'json'

export interface FeedPerson {
  name?: string
  url?: string
  email?: string
  avatarUrl?: string
}

/** An RSS `<enclosure>`, a JSON Feed attachment, an Atom `link rel="enclosure"`. */
export interface FeedEnclosure {
  url: string
  mimeType?: string
  length?: number
  title?: string
}

/** A Media RSS `media:content` or `media:thumbnail` (also inside YouTube's `media:group`). */
export interface FeedMedia {
  url: string
  /** `media:content@medium` (image, video, audio) when given. */
  medium?: string
  mimeType?: string
  width?: number
  height?: number
  /** `media:description` or `media:title`: plain text. */
  description?: string
  thumbnailUrl?: string
}

/** Content either as markup (to sanitise) or as plain text; never both. */
export type FeedContent = { kind: 'html'; value: string } | { kind: 'text'; value: string }

export interface FeedItem {
  id?: string
  /** Absolute http(s) URL of the item's page, resolved against xml:base / the feed URL. */
  link?: string
  /** Plain text. */
  title?: string
  content?: FeedContent
  summary?: FeedContent
  /** ISO 8601, only when the feed's date could be read. */
  published?: string
  updated?: string
  authors: FeedPerson[]
  enclosures: FeedEnclosure[]
  media: FeedMedia[]
  thumbnails: FeedMedia[]
  categories: string[]
  language?: string
  /** The item's picture (JSON Feed `image`). */
  imageUrl?: string
  /** What relative links in the content are relative to (xml:base, else the feed address). */
  baseUrl?: string
}

export interface ParsedFeed {
  format: FeedFormat
  /** Plain text. */
  title?: string
  /** The site's home page. */
  link?: string
  /** The feed's own address, when it names it (`atom:link rel="self"`, JSON `feed_url`). */
  selfUrl?: string
  description?: string
  /** Feed image, logo or icon. */
  imageUrl?: string
  language?: string
  updated?: string
  authors: FeedPerson[]
  items: FeedItem[]
}

/**
 * A Post is a normalised snapshot of one social post, taken once at import.
 * Stories keep this copy, so a story survives the deletion of its sources.
 */
export type PostId = string

export interface Author {
  /** Display name as the author wrote it. */
  name: string
  /** Handle with its server, e.g. `@lea@example.social`. */
  handle: string
  /** Profile page. */
  url?: string
  avatarUrl?: string
  /** The network's stable id for the account (Mastodon account id, Bluesky DID). */
  id?: string
  /** Audience counts as the network gave them at import; absent when it gives none. */
  stats?: AuthorStats
}

/** What a network says of an account's audience, read by the credibility hints. */
export interface AuthorStats {
  followers?: number
  following?: number
  posts?: number
  /** When the account was created (ISO 8601). */
  createdAt?: string
}

export type MediaKind = 'image' | 'video' | 'gifv' | 'audio'

export interface Media {
  kind: MediaKind
  url: string
  /** Still image shown before a video plays, or a smaller image. */
  previewUrl?: string
  /** The author's description; empty when they gave none. */
  alt: string
  width?: number
  height?: number
  blurhash?: string
  mimeType?: string
  /** A description the curator wrote because the author gave none; always shown as theirs. */
  curatorAlt?: string
}

export interface LinkCard {
  url: string
  title: string
  description?: string
  imageUrl?: string
  siteName?: string
}

export interface PostMetrics {
  replies?: number
  reposts?: number
  likes?: number
  quotes?: number
}

export const UNAVAILABLE_REASONS = [
  'deleted',
  'revoked',
  'blocked',
  'not-found',
  'private',
  /** A Bluesky quote whose author detached it from the quoting post. */
  'detached',
  'unknown',
] as const

export type UnavailableReason = (typeof UNAVAILABLE_REASONS)[number]

/** Whether the source still shows the post. A deleted post is a state, not an error. */
export type Availability =
  { state: 'available' } | { state: 'unavailable'; reason: UnavailableReason; checkedAt?: string }

/** A quoted post: its own snapshot, or the fact that it can no longer be seen. */
export type QuotedPost =
  | { state: 'available'; post: Post }
  | { state: 'unavailable'; reason: UnavailableReason; url?: string }

export interface PollOption {
  title: string
  votes?: number
}

export interface Poll {
  options: PollOption[]
  multiple?: boolean
  votersCount?: number
  expiresAt?: string
  closed?: boolean
}

/**
 * What the author allows others to do with the post, as the network states it. Kept at import
 * so the editor and exports can respect the author's wishes.
 */
export interface ReusePolicy {
  /** Who may quote the post. */
  quote?: 'anyone' | 'followers' | 'following' | 'nobody'
  /** The author turned off embedding or quoting of this post (Bluesky postgate). */
  embeddingDisabled?: boolean
  /** The author asked not to be shown to logged-out viewers (Bluesky `!no-unauthenticated`). */
  hideFromLoggedOut?: boolean
}

/**
 * A link embed (oEmbed): drawn as a card from our own data. The provider's HTML is never kept;
 * only the address of its player, opened in a sandboxed frame when the reader asks for it.
 */
export interface PostEmbed {
  type: 'photo' | 'video' | 'rich' | 'link'
  /** The provider's name, e.g. "YouTube". */
  provider: string
  providerUrl?: string
  /** An https player page on the provider's own host (e.g. youtube.com/embed/…). */
  playerUrl?: string
  width?: number
  height?: number
}

/** What "Check sources" found when it last read the post again at its source. */
export interface SourceCheck {
  state: 'live' | 'edited' | 'deleted' | 'unavailable'
  /** ISO 8601. */
  checkedAt: string
  /** For `edited`: which parts differ from the snapshot. */
  changes?: ('text' | 'media' | 'contentWarning')[]
  /** For `edited`: the text as the source shows it now. */
  currentText?: string
  /** For `unavailable`: why it could not be read. */
  reason?: UnavailableReason
}

export interface Post {
  /** `${source}:${nativeId}`, unique across sources. */
  id: PostId
  /** Adapter id, e.g. `mastodon`, `bluesky`, `sample`. */
  source: string
  /** Canonical permalink, always offered as "view original". */
  url: string
  author: Author
  /** ISO 8601. */
  createdAt: string
  editedAt?: string
  /** When this snapshot was taken (ISO 8601). */
  fetchedAt: string
  /** Plain text, for search, Markdown and screen readers. */
  text: string
  /** Rich text as sanitised HTML (allow-listed tags, http(s) links only). */
  html: string
  /** BCP 47 language tag. */
  language?: string
  media: Media[]
  card?: LinkCard
  metrics?: PostMetrics
  /** Content warning / spoiler text: the body is hidden behind it until revealed. */
  contentWarning?: string
  /** Media flagged as sensitive: blurred until revealed. */
  sensitive?: boolean
  replyTo?: { url?: string; authorHandle?: string }
  quote?: QuotedPost
  /** Set when the post entered the source's timeline as a boost/repost. */
  repostedBy?: Author
  availability: Availability
  poll?: Poll
  /** Moderation labels from the network and the author (e.g. `nudity`, `graphic-media`). */
  labels?: string[]
  reusePolicy?: ReusePolicy
  /** What the adapter needs to read the post again (a Mastodon status API URL, an at-uri). */
  sourceRef?: string
  /** Link embeds (oEmbed) only. */
  embed?: PostEmbed
  /** The last "Check sources" result; the snapshot itself is never overwritten. */
  sourceCheck?: SourceCheck
}

/**
 * The parts of the AT Protocol lexicons this adapter reads (app.bsky.feed.defs, app.bsky.embed.*,
 * app.bsky.richtext.facet, com.atproto.label.defs, com.atproto.server.*). Everything is optional
 * because the answers come from other servers: the mapping checks each field before using it.
 */

export interface RawLabel {
  src?: string
  uri?: string
  val?: string
  /** A negation withdraws an earlier label of the same value. */
  neg?: boolean
}

export interface RawSelfLabels {
  $type?: string
  values?: { val?: string }[]
}

export interface RawProfileViewBasic {
  did?: string
  handle?: string
  displayName?: string
  avatar?: string
  labels?: RawLabel[]
  createdAt?: string
  /** The counts come only with a full ProfileView (getProfile/getProfiles), never with a basic one. */
  followersCount?: number
  followsCount?: number
  postsCount?: number
}

export interface RawFacetIndex {
  byteStart?: number
  byteEnd?: number
}

export interface RawFacetFeature {
  $type?: string
  /** `#link` */
  uri?: string
  /** `#mention` */
  did?: string
  /** `#tag`, without the `#`. */
  tag?: string
}

export interface RawFacet {
  index?: RawFacetIndex
  features?: RawFacetFeature[]
}

export interface RawStrongRef {
  uri?: string
  cid?: string
}

/** `app.bsky.feed.post`: what the author wrote, as stored in their repository. */
export interface RawPostRecord {
  $type?: string
  text?: string
  facets?: RawFacet[]
  langs?: string[]
  createdAt?: string
  reply?: { root?: RawStrongRef; parent?: RawStrongRef }
  embed?: RawRecordEmbed
  labels?: RawSelfLabels
}

export interface RawBlob {
  $type?: string
  ref?: { $link?: string }
  /** Legacy blob refs (2022-23) carry the CID directly. */
  cid?: string
  mimeType?: string
}

export interface RawAspectRatio {
  width?: number
  height?: number
}

/** Embeds as written in the record (blobs, not URLs). */
export interface RawRecordEmbed {
  $type?: string
  images?: { alt?: string; image?: RawBlob; aspectRatio?: RawAspectRatio }[]
  external?: { uri?: string; title?: string; description?: string }
  media?: RawRecordEmbed
}

export interface RawImagesView {
  $type: 'app.bsky.embed.images#view'
  images?: { thumb?: string; fullsize?: string; alt?: string; aspectRatio?: RawAspectRatio }[]
}

export interface RawGalleryView {
  $type: 'app.bsky.embed.gallery#view'
  items?: { thumbnail?: string; fullsize?: string; alt?: string; aspectRatio?: RawAspectRatio }[]
}

export interface RawVideoView {
  $type: 'app.bsky.embed.video#view'
  playlist?: string
  thumbnail?: string
  alt?: string
  aspectRatio?: RawAspectRatio
}

export interface RawExternalView {
  $type: 'app.bsky.embed.external#view'
  external?: { uri?: string; title?: string; description?: string; thumb?: string }
}

export interface RawRecordView {
  $type: 'app.bsky.embed.record#view'
  record?: RawEmbeddedRecord
}

export interface RawRecordWithMediaView {
  $type: 'app.bsky.embed.recordWithMedia#view'
  media?: RawEmbedView
  /** A `record#view`, not the record itself. */
  record?: { record?: RawEmbeddedRecord }
}

export type RawEmbedView =
  | RawImagesView
  | RawGalleryView
  | RawVideoView
  | RawExternalView
  | RawRecordView
  | RawRecordWithMediaView
  | { $type?: string }

/** `app.bsky.embed.record#viewRecord`: a quoted post, hydrated. */
export interface RawViewRecord {
  $type: 'app.bsky.embed.record#viewRecord'
  uri?: string
  cid?: string
  author?: RawProfileViewBasic
  value?: RawPostRecord
  labels?: RawLabel[]
  replyCount?: number
  repostCount?: number
  likeCount?: number
  quoteCount?: number
  indexedAt?: string
  embeds?: RawEmbedView[]
}

export interface RawUnavailableRecord {
  $type:
    | 'app.bsky.embed.record#viewNotFound'
    | 'app.bsky.embed.record#viewBlocked'
    | 'app.bsky.embed.record#viewDetached'
  uri?: string
}

/** Feed generators, lists, starter packs and labelers can be embedded like quotes. */
export interface RawGeneratorView {
  $type: 'app.bsky.feed.defs#generatorView'
  uri?: string
  did?: string
  creator?: RawProfileViewBasic
  displayName?: string
  description?: string
  avatar?: string
}

export interface RawListView {
  $type: 'app.bsky.graph.defs#listView' | 'app.bsky.graph.defs#listViewBasic'
  uri?: string
  creator?: RawProfileViewBasic
  name?: string
  description?: string
  avatar?: string
}

export interface RawStarterPackView {
  $type: 'app.bsky.graph.defs#starterPackViewBasic'
  uri?: string
  creator?: RawProfileViewBasic
  record?: { name?: string; description?: string }
}

export interface RawLabelerView {
  $type: 'app.bsky.labeler.defs#labelerView'
  uri?: string
  creator?: RawProfileViewBasic
}

export type RawEmbeddedRecord =
  | RawViewRecord
  | RawUnavailableRecord
  | RawGeneratorView
  | RawListView
  | RawStarterPackView
  | RawLabelerView
  | { $type?: string; uri?: string }

export interface RawPostView {
  $type?: string
  uri?: string
  cid?: string
  author?: RawProfileViewBasic
  record?: RawPostRecord
  embed?: RawEmbedView
  replyCount?: number
  repostCount?: number
  likeCount?: number
  quoteCount?: number
  indexedAt?: string
  viewer?: { embeddingDisabled?: boolean }
  labels?: RawLabel[]
}

export interface RawNotFoundPost {
  $type?: 'app.bsky.feed.defs#notFoundPost'
  uri?: string
  notFound?: true
}

export interface RawBlockedPost {
  $type?: 'app.bsky.feed.defs#blockedPost'
  uri?: string
  blocked?: true
  author?: { did?: string }
}

export type RawReplyNode = RawPostView | RawNotFoundPost | RawBlockedPost

export interface RawReasonRepost {
  $type: 'app.bsky.feed.defs#reasonRepost'
  by?: RawProfileViewBasic
  indexedAt?: string
}

/** One item of getAuthorFeed, getFeed, getListFeed. */
export interface RawFeedViewPost {
  post?: RawPostView
  reply?: { root?: RawReplyNode; parent?: RawReplyNode; grandparentAuthor?: RawProfileViewBasic }
  reason?: RawReasonRepost | { $type?: string }
}

export interface RawFeedAnswer {
  feed?: RawFeedViewPost[]
  cursor?: string
}

export interface RawPostsAnswer {
  posts?: RawPostView[]
  cursor?: string
}

export interface RawThreadViewPost {
  $type?: 'app.bsky.feed.defs#threadViewPost'
  post?: RawPostView
  parent?: RawThreadNode
  replies?: RawThreadNode[]
}

export type RawThreadNode = RawThreadViewPost | RawNotFoundPost | RawBlockedPost

export interface RawThreadAnswer {
  thread?: RawThreadNode
}

/** `app.bsky.feed.postgate`: the author's rules on embedding (quoting) one post. */
export interface RawPostgate {
  $type?: string
  post?: string
  embeddingRules?: { $type?: string }[]
}

/** createSession and refreshSession answers. */
export interface RawSession {
  did?: string
  handle?: string
  accessJwt?: string
  refreshJwt?: string
  didDoc?: { service?: { id?: string; type?: string; serviceEndpoint?: unknown }[] }
}

/** XRPC error bodies: `{ "error": "ExpiredToken", "message": "Token has expired" }`. */
export interface RawXrpcError {
  error?: string
  message?: string
}

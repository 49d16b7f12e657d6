/**
 * What Mastodon-API servers send, as far as this adapter reads it. Every field is optional or
 * nullable because Mastodon versions, GoToSocial, Akkoma and Pixelfed each leave out different
 * ones, and a hostile server may send anything: the mappers check each value before use.
 * Private to the folder; the rest of the app sees Posts.
 */

export interface RawCustomEmoji {
  shortcode?: string
  url?: string | null
  static_url?: string | null
}

export interface RawAccount {
  id?: string
  username?: string
  acct?: string
  display_name?: string
  url?: string | null
  avatar?: string | null
  avatar_static?: string | null
  emojis?: RawCustomEmoji[]
  followers_count?: number
  following_count?: number
  statuses_count?: number
  created_at?: string
}

export interface RawMention {
  id?: string
  username?: string
  acct?: string
  url?: string | null
}

export interface RawMediaDimensions {
  width?: number
  height?: number
}

export interface RawMediaAttachment {
  id?: string
  type?: string
  url?: string | null
  preview_url?: string | null
  remote_url?: string | null
  description?: string | null
  blurhash?: string | null
  meta?: (RawMediaDimensions & { original?: RawMediaDimensions | null }) | null
}

export interface RawPreviewCard {
  url?: string | null
  title?: string | null
  description?: string | null
  type?: string
  image?: string | null
  provider_name?: string | null
}

export interface RawPollOption {
  title?: string
  votes_count?: number | null
}

export interface RawPoll {
  id?: string
  expires_at?: string | null
  expired?: boolean
  multiple?: boolean
  votes_count?: number | null
  voters_count?: number | null
  options?: RawPollOption[]
}

/** Mastodon 4.4+: `pending`, `accepted`, `rejected`, `revoked`, `deleted`, `unauthorized`, … */
export interface RawQuote {
  state?: string
  quoted_status?: RawStatus | null
  /** A ShallowQuote (a quote nested in a quoted status) names the status instead. */
  quoted_status_id?: string | null
}

/** Mastodon 4.5: who may quote the status, automatically or after the author approves. */
export interface RawQuoteApproval {
  automatic?: string[]
  manual?: string[]
  current_user?: string
}

export interface RawStatus {
  id?: string
  uri?: string
  url?: string | null
  created_at?: string
  edited_at?: string | null
  in_reply_to_id?: string | null
  in_reply_to_account_id?: string | null
  sensitive?: boolean
  spoiler_text?: string
  visibility?: string
  language?: string | null
  replies_count?: number
  reblogs_count?: number
  favourites_count?: number
  quotes_count?: number
  content?: string
  reblog?: RawStatus | null
  account?: RawAccount
  media_attachments?: RawMediaAttachment[]
  mentions?: RawMention[]
  emojis?: RawCustomEmoji[]
  card?: RawPreviewCard | null
  poll?: RawPoll | null
  quote?: RawQuote | null
  quote_approval?: RawQuoteApproval | null
}

export interface RawContext {
  ancestors?: RawStatus[]
  descendants?: RawStatus[]
}

export interface RawSearchResults {
  statuses?: RawStatus[]
}

import { postMetricsOf } from '../postMetrics'
import type { Post, PostMetrics, ReusePolicy } from '../../domain/post'
import { SourceError } from '../sourceError'
import { parseAtUri, POST_COLLECTION, webUrlForAtUri } from './atUri'
import { facetsToHtml } from './facetsToHtml'
import { hidesFromLoggedOut, summarizeLabels } from './labels'
import { mapAuthor } from './mapAuthor'
import { mapEmbedView } from './mapEmbed'
import type {
  RawFeedViewPost,
  RawPostgate,
  RawPostRecord,
  RawPostView,
  RawViewRecord,
} from './rawTypes'
import { normalizeTimestamp } from './timestamps'

export const SOURCE_ID = 'bluesky'

export interface MapPostOptions {
  /** When this snapshot was taken (ISO 8601). */
  fetchedAt: string
  /** The feed item's reason: a `reasonRepost` makes the post a repost by `reason.by`. */
  reason?: RawFeedViewPost['reason']
  /** The feed item's hydrated reply context: gives the parent author's handle. */
  reply?: RawFeedViewPost['reply']
  /** The post's `app.bsky.feed.postgate`, when the caller fetched it. */
  postgate?: RawPostgate
}

/** Quotes of quotes of quotes: past this depth the AppView sends nothing useful anyway. */
const MAX_QUOTE_DEPTH = 3

const BCP47ISH = /^[a-z]{2,8}(?:-[a-z0-9]{1,8})*$/i

/** The first of the author's `langs`, when it looks like a BCP 47 tag. */
export const languageOf = (record: RawPostRecord): string | undefined => {
  const language = Array.isArray(record.langs) ? record.langs[0] : undefined
  return typeof language === 'string' && BCP47ISH.test(language) ? language : undefined
}

const metricsOf = (view: RawPostView): PostMetrics | undefined =>
  postMetricsOf({
    replies: view.replyCount,
    reposts: view.repostCount,
    likes: view.likeCount,
    quotes: view.quoteCount,
  })

/** Whether a postgate carries `disableRule`, the author's "no quotes, no embeds" switch. */
export const postgateDisablesEmbedding = (postgate: RawPostgate | undefined): boolean =>
  Array.isArray(postgate?.embeddingRules) &&
  postgate.embeddingRules.some((rule) => rule?.$type === 'app.bsky.feed.postgate#disableRule')

const reusePolicyOf = (view: RawPostView, options: MapPostOptions): ReusePolicy | undefined => {
  const policy: ReusePolicy = {}
  if (view.viewer?.embeddingDisabled === true || postgateDisablesEmbedding(options.postgate)) {
    policy.embeddingDisabled = true
    policy.quote = 'nobody'
  }
  if (hidesFromLoggedOut(view.author?.labels)) policy.hideFromLoggedOut = true
  return Object.keys(policy).length > 0 ? policy : undefined
}

const replyToOf = (record: RawPostRecord, reply: MapPostOptions['reply']): Post['replyTo'] => {
  const parentUri = record.reply?.parent?.uri
  if (parseAtUri(parentUri)?.collection !== POST_COLLECTION) return undefined
  const parentView = reply?.parent as RawPostView | undefined
  const hydrated = parentView?.uri === parentUri ? parentView?.author?.handle : undefined
  const author = hydrated ? mapAuthor(parentView?.author) : undefined
  const url = webUrlForAtUri(parentUri, hydrated)
  return {
    ...(url ? { url } : {}),
    ...(author?.handle.startsWith('@') ? { authorHandle: author.handle } : {}),
  }
}

/** Whether a view is a post we can name: a valid at-uri of an `app.bsky.feed.post`. */
export const isPostView = (view: unknown): view is RawPostView => {
  const uri = (view as RawPostView | undefined)?.uri
  return parseAtUri(uri)?.collection === POST_COLLECTION && parseAtUri(uri)?.rkey !== undefined
}

const mapView = (view: RawPostView, options: MapPostOptions, depth: number): Post => {
  if (!isPostView(view) || view.uri === undefined)
    throw new SourceError('invalid-response', 'Bluesky sent a post without a valid at-uri.')
  const record: RawPostRecord =
    typeof view.record === 'object' && view.record !== null ? view.record : {}
  const text = typeof record.text === 'string' ? record.text : ''
  const author = mapAuthor(view.author)
  const mapQuoted = (quoted: RawViewRecord): Post | undefined =>
    depth < MAX_QUOTE_DEPTH && isPostView(quoted)
      ? mapView(viewOfRecord(quoted), { fetchedAt: options.fetchedAt }, depth + 1)
      : undefined
  const embed = mapEmbedView(view.embed, mapQuoted)
  const labels = summarizeLabels(view.labels, record.labels)
  const language = languageOf(record)

  const post: Post = {
    id: `${SOURCE_ID}:${view.uri}`,
    source: SOURCE_ID,
    url: webUrlForAtUri(view.uri, view.author?.handle) ?? '',
    author,
    createdAt:
      normalizeTimestamp(record.createdAt) ??
      normalizeTimestamp(view.indexedAt) ??
      options.fetchedAt,
    fetchedAt: options.fetchedAt,
    text,
    html: facetsToHtml(text, record.facets),
    media: embed.media,
    availability: { state: 'available' },
    sourceRef: view.uri,
  }
  if (language) post.language = language
  if (embed.card) post.card = embed.card
  if (embed.quote) post.quote = embed.quote
  const metrics = metricsOf(view)
  if (metrics) post.metrics = metrics
  if (labels.labels.length > 0) post.labels = labels.labels
  if (labels.sensitive) post.sensitive = true
  if (labels.contentWarning) post.contentWarning = labels.contentWarning
  const replyTo = replyToOf(record, options.reply)
  if (replyTo) post.replyTo = replyTo
  if (options.reason?.$type === 'app.bsky.feed.defs#reasonRepost' && 'by' in options.reason)
    post.repostedBy = mapAuthor(options.reason.by)
  const reusePolicy = reusePolicyOf(view, options)
  if (reusePolicy) post.reusePolicy = reusePolicy
  return post
}

/** A quoted post (`record#viewRecord`) in the shape of a post view, so one mapping serves both. */
const viewOfRecord = (record: RawViewRecord): RawPostView => ({
  uri: record.uri,
  cid: record.cid,
  author: record.author,
  record: record.value,
  embed: Array.isArray(record.embeds) ? record.embeds[0] : undefined,
  replyCount: record.replyCount,
  repostCount: record.repostCount,
  likeCount: record.likeCount,
  quoteCount: record.quoteCount,
  indexedAt: record.indexedAt,
  labels: record.labels,
})

/**
 * One `app.bsky.feed.defs#postView` as a Post snapshot. Throws `invalid-response` only when the
 * view has no usable at-uri; every other missing or hostile field is left out or made safe.
 */
export const mapPostView = (view: RawPostView, options: MapPostOptions): Post =>
  mapView(view, options, 0)

/** A feed page's items as Posts, skipping items that are not posts we can name. */
export const mapFeedItems = (items: unknown, fetchedAt: string): Post[] =>
  (Array.isArray(items) ? (items as RawFeedViewPost[]) : [])
    .filter((item) => isPostView(item?.post))
    .map((item) =>
      mapPostView(item.post as RawPostView, {
        fetchedAt,
        reason: item.reason,
        reply: item.reply,
      }),
    )

/** A list of post views (getPosts, getQuotes, searchPosts) as Posts. */
export const mapPostViews = (views: unknown, fetchedAt: string): Post[] =>
  (Array.isArray(views) ? views : [])
    .filter(isPostView)
    .map((view) => mapPostView(view, { fetchedAt }))

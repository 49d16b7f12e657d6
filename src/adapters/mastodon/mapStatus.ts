import { postMetricsOf } from '../postMetrics'
import type { Post, PostMetrics, QuotedPost } from '../../domain/post'
import { SourceError } from '../sourceError'
import {
  absoluteHttpUrl,
  readArray,
  readDate,
  readId,
  readNonEmptyString,
  readString,
} from './fieldReaders'
import { accountHandle, mapAccount } from './mapAccount'
import { mapMediaAttachments, mapPreviewCard } from './mapMedia'
import { mapPoll } from './mapPoll'
import { quotePolicy, quoteUnavailableReason } from './quoteState'
import type { RawQuote, RawStatus } from './rawTypes'
import { renderStatusContent } from './statusContent'
import { statusWebUrl } from './statusWebUrl'

export interface MapStatusOptions {
  /** Base URL of the server that answered: status ids are local to it. */
  server: string
  /** When the answer was received (ISO 8601). */
  fetchedAt: string
}

/** A quote of a quote of a quote is shown as a link: a hostile server could nest forever. */
const MAX_QUOTE_DEPTH = 2
const LANGUAGE = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i

const isObject = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const hostOf = (server: string): string => {
  try {
    return new URL(server).host
  } catch {
    return server
  }
}

const mapMetrics = (status: RawStatus): PostMetrics | undefined =>
  postMetricsOf({
    replies: status.replies_count,
    reposts: status.reblogs_count,
    likes: status.favourites_count,
    quotes: status.quotes_count,
  })

/** Who the status answers, and the parent's page on this server when we can name it. */
const mapReplyTo = (status: RawStatus, server: string): Post['replyTo'] => {
  const parentId = readId(status.in_reply_to_id)
  const parentAccountId = readId(status.in_reply_to_account_id)
  if (!parentId && !parentAccountId) return undefined
  const mention = readArray(status.mentions).find(
    (candidate) => parentAccountId !== undefined && readId(candidate.id) === parentAccountId,
  )
  // A reply to oneself mentions nobody: the parent's author is the status's own.
  const parentAccount =
    mention ??
    (parentAccountId !== undefined && readId(status.account?.id) === parentAccountId
      ? status.account
      : undefined)
  const authorHandle = parentAccount ? accountHandle(parentAccount, server) : undefined
  const acct = readString(parentAccount?.acct)
  const url = parentId && acct ? statusWebUrl(server, acct, parentId) : undefined
  if (!url && !authorHandle) return {}
  return { ...(url ? { url } : {}), ...(authorHandle ? { authorHandle } : {}) }
}

const mapStatusAt = (status: RawStatus, options: MapStatusOptions, depth: number): Post => {
  const server = options.server.replace(/\/+$/, '')
  if (!isObject(status)) {
    throw new SourceError(
      'invalid-response',
      `${hostOf(server)} sent a status that is not an object.`,
    )
  }
  // A boost: show the boosted status, and say who boosted it.
  if (isObject(status.reblog)) {
    const original = mapStatusAt(status.reblog, options, depth)
    return { ...original, repostedBy: mapAccount(status.account, server) }
  }

  const id = readId(status.id)
  const uri = readNonEmptyString(status.uri)
  const createdAt = readDate(status.created_at)
  if (!id || !uri || !createdAt || !isObject(status.account)) {
    throw new SourceError(
      'invalid-response',
      `${hostOf(server)} sent a status without its id, uri, created_at or account.`,
    )
  }
  const sourceRef = `${server}/api/v1/statuses/${encodeURIComponent(id)}`
  const url =
    absoluteHttpUrl(status.url) ??
    absoluteHttpUrl(uri) ??
    statusWebUrl(server, readString(status.account.acct) ?? '', id) ??
    sourceRef

  const rawQuote = isObject(status.quote) ? status.quote : undefined
  const content = renderStatusContent(readString(status.content) ?? '', status.emojis, {
    // The `RE: <link>` paragraph stands in for the quote in clients that cannot show one.
    dropQuoteFallback: rawQuote !== undefined,
  })

  const quote = rawQuote ? mapQuote(rawQuote, content.quoteFallbackUrl, options, depth) : undefined
  const editedAt = readDate(status.edited_at)
  const language = readNonEmptyString(status.language)
  const contentWarning = readNonEmptyString(status.spoiler_text)
  const card = mapPreviewCard(status.card)
  const metrics = mapMetrics(status)
  const replyTo = mapReplyTo(status, server)
  const poll = mapPoll(status.poll)
  const quotePermission = quotePolicy(status.quote_approval)

  return {
    id: `mastodon:${uri}`,
    source: 'mastodon',
    url,
    author: mapAccount(status.account, server),
    createdAt,
    ...(editedAt ? { editedAt } : {}),
    fetchedAt: options.fetchedAt,
    text: content.text,
    html: content.html,
    ...(language && LANGUAGE.test(language) ? { language } : {}),
    media: mapMediaAttachments(status.media_attachments),
    ...(card ? { card } : {}),
    ...(metrics ? { metrics } : {}),
    ...(contentWarning ? { contentWarning } : {}),
    ...(status.sensitive === true ? { sensitive: true } : {}),
    ...(replyTo ? { replyTo } : {}),
    ...(quote ? { quote } : {}),
    availability: { state: 'available' },
    ...(poll ? { poll } : {}),
    ...(quotePermission ? { reusePolicy: { quote: quotePermission } } : {}),
    sourceRef,
  }
}

const mapQuote = (
  quote: RawQuote,
  fallbackUrl: string | undefined,
  options: MapStatusOptions,
  depth: number,
): QuotedPost => {
  const state = readString(quote.state)
  const quoted = isObject(quote.quoted_status) ? quote.quoted_status : undefined
  const url = absoluteHttpUrl(quoted?.url) ?? absoluteHttpUrl(quoted?.uri) ?? fallbackUrl
  if (state !== 'accepted') {
    return { state: 'unavailable', reason: quoteUnavailableReason(state), ...(url ? { url } : {}) }
  }
  if (quoted && depth < MAX_QUOTE_DEPTH) {
    try {
      return { state: 'available', post: mapStatusAt(quoted, options, depth + 1) }
    } catch (error) {
      if (!(error instanceof SourceError)) throw error
    }
  }
  // Accepted, but sent as a bare id (a ShallowQuote), nested too deep or malformed.
  return { state: 'unavailable', reason: 'unknown', ...(url ? { url } : {}) }
}

/**
 * A Mastodon Status as a Post snapshot. Pure: everything it needs is in its arguments. Throws
 * a SourceError `invalid-response` when the status lacks what identifies it.
 */
export const mapStatus = (status: RawStatus, options: MapStatusOptions): Post =>
  mapStatusAt(status, options, 0)

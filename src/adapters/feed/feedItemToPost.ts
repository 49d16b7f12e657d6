import type { Author, LinkCard, Media, MediaKind, Post } from '../../domain/post'
import { escapeHtml } from '../../lib/escapeHtml'
import { htmlToText } from '../../lib/htmlToText'
import { safeHttpUrl } from '../../lib/safeUrl'
import { sanitizePostHtml } from '../../lib/sanitizeHtml'
import type { FeedContent, FeedItem, ParsedFeed } from './feedModel'
import { resolveContentLinks } from './resolveContentLinks'

export interface FeedItemToPostOptions {
  /** Adapter id; `feed` when absent. */
  source?: string
  fetchedAt: string
  /** The address the feed was read from; absent for a file opened from disk. */
  feedUrl?: string
}

export const FEED_SOURCE_ID = 'feed'

const hostOf = (url: string | undefined): string | undefined => {
  try {
    return url === undefined ? undefined : new URL(url).host
  } catch {
    return undefined
  }
}

/** Only absolute http(s) addresses: a feed is a file anyone can write. */
const httpUrl = (url: string | undefined): string | undefined =>
  url !== undefined && /^https?:\/\//i.test(url) ? safeHttpUrl(url) : undefined

/**
 * The item's key within its feed: its id, unless another item shares it (Reddit's feeds
 * repeat ids), then its link; the position in the feed as a last resort.
 */
const itemKey = (item: FeedItem, feed: ParsedFeed): string => {
  const sharedId =
    item.id !== undefined && feed.items.some((other) => other !== item && other.id === item.id)
  const key = (sharedId ? (item.link ?? item.id) : (item.id ?? item.link)) ?? undefined
  return key ?? `item-${Math.max(0, feed.items.indexOf(item))}`
}

/** Plain text as paragraphs, so its line breaks survive. */
const textToHtml = (text: string): string =>
  text
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${escapeHtml(paragraph.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('')

const contentHtml = (content: FeedContent | undefined, base: string | undefined): string =>
  !content
    ? ''
    : content.kind === 'html'
      ? resolveContentLinks(content.value, base)
      : textToHtml(content.value)

const kindOfType = (type: string | undefined): MediaKind | undefined => {
  const family = type?.split('/')[0]
  return family === 'image' || family === 'video' || family === 'audio' ? family : undefined
}

const mediaOf = (item: FeedItem, isVideoPage: boolean): Media[] => {
  const found: Media[] = []
  const add = (media: Media | undefined) => {
    if (media && !found.some((known) => known.url === media.url)) found.push(media)
  }
  for (const enclosure of item.enclosures) {
    const kind = kindOfType(enclosure.mimeType)
    const url = httpUrl(enclosure.url)
    if (kind && url) add({ kind, url, alt: enclosure.title ?? '', mimeType: enclosure.mimeType })
  }
  for (const media of item.media) {
    const kind = kindOfType(media.medium ? `${media.medium}/` : media.mimeType)
    const url = httpUrl(media.url)
    if (!kind || !url) continue // e.g. YouTube's Flash player URL: nothing to show.
    add({
      kind,
      url,
      alt: media.description ?? '',
      width: media.width,
      height: media.height,
      mimeType: media.mimeType,
      previewUrl: httpUrl(media.thumbnailUrl),
    })
  }
  const image = httpUrl(item.imageUrl)
  if (image) add({ kind: 'image', url: image, alt: '' })
  // A thumbnail stands in for the item's picture only when it has none of its own.
  if (found.length === 0 || isVideoPage) {
    const thumbnail = item.thumbnails.find((candidate) => httpUrl(candidate.url) !== undefined)
    const url = httpUrl(thumbnail?.url)
    if (thumbnail && url)
      add({ kind: 'image', url, alt: '', width: thumbnail.width, height: thumbnail.height })
  }
  return found
}

const isYouTubeWatch = (link: string | undefined): boolean => {
  const host = hostOf(link)
  return host !== undefined && /(^|\.)youtube\.com$/.test(host) && link?.includes('watch') === true
}

/** A YouTube video is a link to its page, with the thumbnail as the card's picture. */
const videoCard = (item: FeedItem, link: string, feed: ParsedFeed): LinkCard => ({
  url: link,
  title: item.title ?? link,
  description: item.summary?.kind === 'text' ? item.summary.value.slice(0, 300) : undefined,
  imageUrl: httpUrl(item.thumbnails[0]?.url),
  siteName: feed.title ? `YouTube · ${feed.title}` : 'YouTube',
})

const authorOf = (item: FeedItem, feed: ParsedFeed, site: string | undefined): Author => {
  const person = item.authors.find((candidate) => candidate.name) ?? item.authors[0]
  const feedPerson = feed.authors.find((candidate) => candidate.name)
  const host = hostOf(site)
  const name = person?.name ?? feed.title ?? feedPerson?.name ?? host ?? 'Feed'
  const url = httpUrl(person?.url) ?? httpUrl(feed.link)
  const avatarUrl = httpUrl(feed.imageUrl) ?? httpUrl(person?.avatarUrl ?? feedPerson?.avatarUrl)
  return {
    name,
    handle: host ?? name,
    ...(url ? { url } : {}),
    ...(avatarUrl ? { avatarUrl } : {}),
  }
}

const later = (first: string, second: string | undefined): boolean =>
  second !== undefined && Date.parse(second) > Date.parse(first)

/**
 * One feed item as a post snapshot. The title leads the body, the content follows, both
 * sanitised; feeds give no audience counts, so the author has no `stats`.
 */
export const feedItemToPost = (
  item: FeedItem,
  feed: ParsedFeed,
  options: FeedItemToPostOptions,
): Post => {
  const source = options.source ?? FEED_SOURCE_ID
  const feedKey = options.feedUrl ?? feed.selfUrl ?? feed.link ?? feed.title ?? 'feed'
  const link = httpUrl(item.link)
  const site = httpUrl(feed.link) ?? httpUrl(options.feedUrl) ?? httpUrl(feed.selfUrl) ?? link
  const isVideoPage = isYouTubeWatch(link)
  const body = contentHtml(item.content ?? item.summary, item.baseUrl)
  const title = item.title ? `<p><strong>${escapeHtml(item.title)}</strong></p>` : ''
  const html = sanitizePostHtml(`${title}${body}`)
  const createdAt = item.published ?? item.updated ?? feed.updated ?? options.fetchedAt
  const language = item.language ?? feed.language
  const sourceRef = httpUrl(options.feedUrl) ?? httpUrl(feed.selfUrl)
  return {
    id: `${source}:${feedKey}#${itemKey(item, feed)}`,
    source,
    url: link ?? site ?? '',
    author: authorOf(item, feed, site),
    createdAt,
    ...(later(createdAt, item.updated) ? { editedAt: item.updated } : {}),
    fetchedAt: options.fetchedAt,
    text: htmlToText(html),
    html,
    ...(language ? { language } : {}),
    media: mediaOf(item, isVideoPage),
    ...(isVideoPage && link ? { card: videoCard(item, link, feed) } : {}),
    availability: { state: 'available' },
    ...(sourceRef ? { sourceRef } : {}),
  }
}

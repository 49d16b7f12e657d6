import type { Author, Post } from '../../domain/post'
import { escapeHtml } from '../../lib/escapeHtml'
import { sanitizePostHtml } from '../../lib/sanitizeHtml'
import { safeHttpUrl } from '../../lib/safeUrl'
import { postMetricsOf } from '../postMetrics'
import { hackerNewsPlainText } from './hackernewsText'

export const HN_SITE = 'https://news.ycombinator.com'

export type RawItem = Record<string, unknown>

export const itemUrl = (id: number): string => `${HN_SITE}/item?id=${id}`

export interface ItemMapOptions {
  fetchedAt: string
  api: string
  /** The item this one answers (a comment's parent, a poll option's poll), when known. */
  parent?: Pick<Post, 'url' | 'author'>
  /** What the adapter knows of the author beyond the name (read from `/user/{id}`). */
  authorCreatedAt?: string
}

const readId = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : undefined

const readText = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined

const authorOf = (by: string | undefined, createdAt: string | undefined): Author =>
  by === undefined
    ? { name: '[deleted]', handle: '[deleted]' }
    : {
        name: by,
        handle: by,
        id: by,
        url: `${HN_SITE}/user?id=${encodeURIComponent(by)}`,
        // Karma is not an audience count: only the account's age is kept.
        ...(createdAt ? { stats: { createdAt } } : {}),
      }

const cardOf = (value: unknown, title: string): Post['card'] => {
  const url = safeHttpUrl(readText(value))
  if (!url || !/^https?:\/\//i.test(url)) return undefined
  return { url, title, siteName: new URL(url).hostname.replace(/^www\./, '') }
}

/**
 * A Hacker News item (story, comment, job, poll, poll option) as a Post; undefined when it is
 * not an item at all (the API answers `null` for unknown ids).
 */
export const mapHackerNewsItem = (raw: unknown, options: ItemMapOptions): Post | undefined => {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined
  const item = raw as RawItem
  const id = readId(item.id)
  const time = typeof item.time === 'number' && item.time > 0 ? item.time : undefined
  if (id === undefined || time === undefined) return undefined
  const by = readText(item.by)
  const title = readText(item.title)?.trim() ?? ''
  const bodyHtml = readText(item.text) ?? ''
  const bodyText = hackerNewsPlainText(bodyHtml)
  const titleHtml = title === '' ? '' : `<p><strong>${escapeHtml(title)}</strong></p>`
  // HN's text opens without a <p>: wrap the first paragraph so it sits beside the title.
  const body = bodyHtml === '' ? '' : `<p>${bodyHtml}`
  const card = cardOf(item.url, title)
  const metrics = postMetricsOf({
    likes: item.score,
    replies: item.descendants,
    reposts: undefined,
    quotes: undefined,
  })
  const gone = item.deleted === true || item.dead === true
  return {
    id: `hackernews:${id}`,
    source: 'hackernews',
    url: itemUrl(id),
    author: authorOf(by, options.authorCreatedAt),
    createdAt: new Date(time * 1000).toISOString(),
    fetchedAt: options.fetchedAt,
    text: [title, bodyText].filter((part) => part !== '').join('\n\n'),
    html: sanitizePostHtml(`${titleHtml}${body}`),
    media: [],
    ...(card ? { card } : {}),
    ...(metrics ? { metrics } : {}),
    ...(options.parent
      ? { replyTo: { url: options.parent.url, authorHandle: options.parent.author.handle } }
      : readId(item.parent ?? item.poll) !== undefined
        ? { replyTo: { url: itemUrl(readId(item.parent ?? item.poll) ?? 0) } }
        : {}),
    availability: gone ? { state: 'unavailable', reason: 'deleted' } : { state: 'available' },
    sourceRef: `${options.api}/item/${id}.json`,
  }
}

/** The ids of an item's direct answers, in HN's ranking order. */
export const kidsOf = (raw: unknown): number[] => {
  if (typeof raw !== 'object' || raw === null) return []
  const kids = (raw as RawItem).kids
  return Array.isArray(kids)
    ? kids.flatMap((kid) => (readId(kid) === undefined ? [] : [kid as number]))
    : []
}

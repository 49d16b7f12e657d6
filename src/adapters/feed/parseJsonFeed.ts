import { parseFeedDate } from './feedDates'
import type { FeedContent, FeedItem, FeedPerson, ParsedFeed } from './feedModel'
import { resolveFeedUrl } from './resolveFeedUrl'
import { defined } from './defined'

/** JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1). Every field is optional and untrusted. */

type Json = Record<string, unknown>

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined

/** Ids may be numbers in the wild although the spec says strings. */
const idOf = (value: unknown): string | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? String(value) : str(value)

const records = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isRecord) : [])

const person = (value: Json, base: string | undefined): FeedPerson | undefined => {
  const result = {
    name: str(value.name),
    url: resolveFeedUrl(str(value.url), base),
    avatarUrl: resolveFeedUrl(str(value.avatar), base),
  }
  return result.name || result.url ? result : undefined
}

/** 1.1's `authors`, else 1.0's single `author`. */
const peopleOf = (value: Json, base: string | undefined): FeedPerson[] =>
  (Array.isArray(value.authors) ? records(value.authors) : records([value.author]))
    .map((entry) => person(entry, base))
    .filter(defined)

const contentOf = (html: unknown, text: unknown): FeedContent | undefined => {
  const markup = str(html)
  if (markup) return { kind: 'html', value: markup }
  const plain = str(text)
  return plain ? { kind: 'text', value: plain } : undefined
}

const readItem = (item: Json, base: string | undefined, language?: string): FeedItem => ({
  id: idOf(item.id),
  link: resolveFeedUrl(str(item.url), base) ?? resolveFeedUrl(str(item.external_url), base),
  title: str(item.title),
  content: contentOf(item.content_html, item.content_text),
  summary: contentOf(undefined, item.summary),
  published: parseFeedDate(str(item.date_published)),
  updated: parseFeedDate(str(item.date_modified)),
  authors: peopleOf(item, base),
  enclosures: records(item.attachments)
    .map((attachment) => {
      const url = resolveFeedUrl(str(attachment.url), base)
      if (!url) return undefined
      const size = attachment.size_in_bytes
      return {
        url,
        mimeType: str(attachment.mime_type)?.toLowerCase(),
        title: str(attachment.title),
        length: typeof size === 'number' && size > 0 ? size : undefined,
      }
    })
    .filter(defined),
  media: [],
  thumbnails: [],
  categories: Array.isArray(item.tags) ? item.tags.map(str).filter(defined) : [],
  language: str(item.language) ?? language,
  imageUrl: resolveFeedUrl(str(item.image), base) ?? resolveFeedUrl(str(item.banner_image), base),
  baseUrl: base,
})

/** Whether parsed JSON is a JSON Feed: its `version` names jsonfeed.org and it has `items`. */
export const isJsonFeed = (value: unknown): value is Json =>
  isRecord(value) &&
  typeof value.version === 'string' &&
  /^https?:\/\/jsonfeed\.org\/version\//.test(value.version) &&
  Array.isArray(value.items)

export const parseJsonFeed = (feed: Json, url: string | undefined): ParsedFeed => {
  const selfUrl = resolveFeedUrl(str(feed.feed_url), undefined)
  const base = url ?? selfUrl ?? resolveFeedUrl(str(feed.home_page_url), undefined)
  const language = str(feed.language)
  return {
    format: 'json',
    title: str(feed.title),
    link: resolveFeedUrl(str(feed.home_page_url), base),
    selfUrl,
    description: str(feed.description),
    imageUrl: resolveFeedUrl(str(feed.icon), base) ?? resolveFeedUrl(str(feed.favicon), base),
    language,
    authors: peopleOf(feed, base),
    items: records(feed.items).map((item) => readItem(item, base, language)),
  }
}

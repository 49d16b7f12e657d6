import type { Availability, Post } from '../../domain/post'
import { postMetricsOf } from '../postMetrics'
import { DELETED_AUTHOR, mapRedditAuthor } from './mapRedditAuthor'
import { redditCardOf, redditMediaOf } from './redditMedia'
import { isObject, readEpochSeconds, readString, readText, type RawObject } from './redditFields'
import { plainTextHtml, REDDIT_ORIGIN, redditBodyHtml, titledHtml } from './redditHtml'

export interface RedditMapOptions {
  fetchedAt: string
}

/** Bodies Reddit puts in place of text that is gone. */
export const GONE_BODIES = new Set(['[deleted]', '[removed]'])

const BASE36_ID = /^t[13]_([a-z0-9]+)$/i

/** `t3_abc` → `abc`. */
export const shortIdOf = (fullname: string): string => BASE36_ID.exec(fullname)?.[1] ?? fullname

/** The JSON address of a post, which is what reads it again. */
export const redditPostApiUrl = (shortId: string): string =>
  `${REDDIT_ORIGIN}/comments/${encodeURIComponent(shortId)}.json?raw_json=1`

/** `permalink` is relative; search results append `?ref=search_posts`, which we drop. */
export const redditPermalink = (data: RawObject, fallbackPath: string): string => {
  const permalink = readString(data.permalink)
  const url = new URL(permalink?.startsWith('/') ? permalink : fallbackPath, REDDIT_ORIGIN)
  url.search = ''
  url.hash = ''
  return url.href
}

/** Gone when Reddit has removed both who wrote it and what was written. */
export const availabilityOf = (author: unknown, body: string): Availability =>
  author === DELETED_AUTHOR && GONE_BODIES.has(body.trim())
    ? { state: 'unavailable', reason: 'deleted' }
    : { state: 'available' }

const moderationOf = (data: RawObject): Pick<Post, 'sensitive' | 'contentWarning' | 'labels'> => {
  const labels = [
    ...(data.over_18 === true ? ['nsfw'] : []),
    ...(data.spoiler === true ? ['spoiler'] : []),
  ]
  if (labels.length === 0) return {}
  return {
    sensitive: true,
    labels,
    // Reddit's spoiler flag has no text of its own; the reader still needs to know why.
    ...(data.spoiler === true ? { contentWarning: 'Spoiler' } : {}),
  }
}

/**
 * A Reddit submission (`t3`) as a Post. Returns undefined for something that is not one
 * (no fullname, no date), so one broken entry does not lose a whole page.
 */
export const mapRedditPost = (
  data: RawObject,
  options: RedditMapOptions,
  depth = 0,
): Post | undefined => {
  const fullname = readText(data.name)
  const createdAt = readEpochSeconds(data.created_utc)
  if (!fullname?.startsWith('t3_') || !createdAt) return undefined
  const shortId = shortIdOf(fullname)
  const title = readString(data.title)?.trim() ?? ''
  const selftext = readString(data.selftext) ?? ''
  const selftextHtml = readText(data.selftext_html)
  const body = selftextHtml
    ? redditBodyHtml(selftextHtml)
    : selftext.trim() !== ''
      ? plainTextHtml(selftext)
      : ''
  const editedAt = readEpochSeconds(data.edited)
  const media = redditMediaOf(data)
  const card = redditCardOf(data, title)
  const metrics = postMetricsOf({
    likes: data.score,
    replies: data.num_comments,
    reposts: undefined,
    quotes: undefined,
  })
  const crosspost: unknown = Array.isArray(data.crosspost_parent_list)
    ? data.crosspost_parent_list[0]
    : undefined
  // A crosspost of a crosspost is shown one level deep, like a quote of a quote elsewhere.
  const quoted =
    depth === 0 && isObject(crosspost) ? mapRedditPost(crosspost, options, depth + 1) : undefined
  return {
    id: `reddit:${fullname}`,
    source: 'reddit',
    url: redditPermalink(data, `/comments/${shortId}/`),
    author: mapRedditAuthor(data),
    createdAt,
    ...(editedAt ? { editedAt } : {}),
    fetchedAt: options.fetchedAt,
    text: [title, selftext.trim()].filter((part) => part !== '').join('\n\n'),
    html: titledHtml(title, body),
    media,
    ...(card ? { card } : {}),
    ...(metrics ? { metrics } : {}),
    ...moderationOf(data),
    ...(quoted ? { quote: { state: 'available' as const, post: quoted } } : {}),
    availability: availabilityOf(data.author, selftext),
    sourceRef: redditPostApiUrl(shortId),
  }
}

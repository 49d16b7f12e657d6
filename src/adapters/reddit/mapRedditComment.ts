import type { Post } from '../../domain/post'
import { postMetricsOf } from '../postMetrics'
import { mapRedditAuthor } from './mapRedditAuthor'
import { availabilityOf, redditPermalink, shortIdOf } from './mapRedditPost'
import { readEpochSeconds, readString, readText, type RawObject } from './redditFields'
import { plainTextHtml, REDDIT_ORIGIN, redditBodyHtml } from './redditHtml'

export interface RedditCommentOptions {
  fetchedAt: string
  /** The post or comment it answers, for `replyTo`. */
  parent?: Pick<Post, 'url' | 'author'>
}

/** A Reddit comment (`t1`) as a Post that replies to its parent. */
export const mapRedditComment = (
  data: RawObject,
  options: RedditCommentOptions,
): Post | undefined => {
  const fullname = readText(data.name)
  const createdAt = readEpochSeconds(data.created_utc)
  if (!fullname?.startsWith('t1_') || !createdAt) return undefined
  const body = readString(data.body) ?? ''
  const bodyHtml = readText(data.body_html)
  const linkId = shortIdOf(readString(data.link_id) ?? '')
  const editedAt = readEpochSeconds(data.edited)
  const metrics = postMetricsOf({
    likes: data.score,
    replies: undefined,
    reposts: undefined,
    quotes: undefined,
  })
  return {
    id: `reddit:${fullname}`,
    source: 'reddit',
    url: redditPermalink(data, `/comments/${linkId}/_/${shortIdOf(fullname)}/`),
    author: mapRedditAuthor(data),
    createdAt,
    ...(editedAt ? { editedAt } : {}),
    fetchedAt: options.fetchedAt,
    text: body.trim(),
    html: bodyHtml ? redditBodyHtml(bodyHtml) : plainTextHtml(body),
    media: [],
    ...(metrics ? { metrics } : {}),
    ...(options.parent
      ? { replyTo: { url: options.parent.url, authorHandle: options.parent.author.handle } }
      : {}),
    availability: availabilityOf(data.author, body),
    // The comment's own JSON: its thread, narrowed to it.
    sourceRef: `${REDDIT_ORIGIN}/comments/${encodeURIComponent(linkId)}/_/${encodeURIComponent(shortIdOf(fullname))}.json?raw_json=1`,
  }
}

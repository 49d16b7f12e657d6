import type { Post } from '../../domain/post'
import { SourceError } from '../sourceError'
import { redditPostApiUrl, shortIdOf } from './mapRedditPost'

export interface RedditFeedAnswer {
  bytes: Uint8Array
  contentType: string
  feedUrl: string
  fetchedAt: string
}

/** Turns Reddit's RSS/Atom answer into posts; injected so tests can stand in for the parser. */
export type RedditFeedReader = (answer: RedditFeedAnswer) => Promise<Post[]>

/** Whether a failed JSON request is Reddit refusing us (a block page, a 403), worth the feed. */
export const isRefusal = (error: unknown): boolean =>
  error instanceof SourceError &&
  (error.kind === 'unauthorized' ||
    // requestJson sets a status when the body was not JSON: an HTML "blocked" page.
    (error.kind === 'invalid-response' && error.details.status !== undefined))

const FULLNAME = /^t3_[a-z0-9]+$/i

/**
 * The feed parser of `src/adapters/feed`, loaded only when the fallback is needed. Reddit's
 * Atom entries carry the post's fullname as `<id>`: posts keep the id the JSON would give, so
 * the same post read both ways is one post.
 */
export const readRedditFeed: RedditFeedReader = async ({
  bytes,
  contentType,
  feedUrl,
  fetchedAt,
}) => {
  const [{ parseFeed }, { feedItemToPost }] = await Promise.all([
    import('../feed/parseFeed'),
    import('../feed/feedItemToPost'),
  ])
  let feed
  try {
    feed = parseFeed(bytes, { contentType, url: feedUrl })
  } catch (error) {
    throw new SourceError(
      'invalid-response',
      `Reddit refused the listing, and its feed could not be read either: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
  return feed.items.map((item) => {
    const post = feedItemToPost(item, feed, { source: 'reddit', fetchedAt, feedUrl })
    const fullname = item.id !== undefined && FULLNAME.test(item.id) ? item.id : undefined
    return fullname
      ? { ...post, id: `reddit:${fullname}`, sourceRef: redditPostApiUrl(shortIdOf(fullname)) }
      : post
  })
}

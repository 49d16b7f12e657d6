import type { Post } from '../../domain/post'
import { SourceError } from '../sourceError'
import type { AdapterContext, ResultPage, SearchOptions, SourceAdapter } from '../types'
import { fetchFeed } from './fetchFeed'
import { feedItemToPost } from './feedItemToPost'
import { feedSource } from './feedSource'
import { feedUrlFor } from './feedUrls'

/** Feeds do not page; the library shows them 20 posts at a time all the same. */
export const FEED_PAGE_SIZE = 20

const fetchedAtOf = (context: AdapterContext): string =>
  new Date((context.now ?? Date.now)()).toISOString()

/** The feed address for what the user pasted: a feed, or a profile or channel page. */
const feedAddress = (link: string): string => {
  const address = feedUrlFor(link.trim())
  let url: URL
  try {
    url = new URL(address)
  } catch {
    throw new SourceError('invalid-query', `"${link.slice(0, 200)}" is not a web address.`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new SourceError('invalid-query', `Feeds are read over http or https, not ${url.protocol}`)
  url.hash = ''
  return url.href
}

const postsOf = async (feedUrl: string, context: AdapterContext): Promise<Post[]> => {
  const feed = await fetchFeed(feedUrl, context)
  const fetchedAt = fetchedAtOf(context)
  return feed.items.map((item) => feedItemToPost(item, feed, { fetchedAt, feedUrl }))
}

/** The cursor is the offset of the next page in the feed, written as a plain number. */
const offsetOf = (cursor: string | undefined): number => {
  if (cursor === undefined) return 0
  if (!/^\d{1,6}$/.test(cursor))
    throw new SourceError('invalid-query', `"${cursor.slice(0, 40)}" is not a page of a feed.`)
  return Number(cursor)
}

/** One page of a feed's posts; feeds are read whole, so a later page reads it again. */
export const pageOfPosts = (
  posts: Post[],
  offset: number,
  options: Pick<SearchOptions, 'mediaOnly'> = {},
): ResultPage => {
  const shown = options.mediaOnly ? posts.filter((post) => post.media.length > 0) : posts
  const end = offset + FEED_PAGE_SIZE
  const page = shown.slice(offset, end)
  return end < shown.length ? { posts: page, next: String(end) } : { posts: page }
}

export const feedAdapter: SourceAdapter = {
  ...feedSource,
  async search(query, options, context, cursor) {
    if (query.kind !== 'url')
      throw new SourceError(
        'unsupported',
        'Feeds are opened by their address: paste the link of an RSS, Atom or JSON feed, or of a Mastodon, Bluesky or YouTube profile.',
      )
    const offset = offsetOf(cursor)
    const posts = await postsOf(feedAddress(query.url), context)
    return pageOfPosts(posts, offset, options)
  },
  async resolveUrl(url, context) {
    const hash = url.indexOf('#')
    const base = hash < 0 ? url : url.slice(0, hash)
    let isFeed = false
    try {
      isFeed = feedSource.matchesUrl(new URL(base))
    } catch {
      isFeed = false
    }
    const key = hash < 0 ? '' : decodeURIComponent(url.slice(hash + 1))
    if (!isFeed || key === '')
      throw new SourceError(
        'unsupported',
        `${url.slice(0, 200)} is not a feed item's address (a feed address followed by #item). Open the feed and pick the item instead.`,
      )
    const feedUrl = feedAddress(base)
    const posts = await postsOf(feedUrl, context)
    const found = posts.find(
      (post) => post.url === key || post.id.endsWith(`#${key}`) || post.url === url,
    )
    if (!found)
      throw new SourceError('not-found', `The feed ${feedUrl} no longer holds the item ${key}.`)
    return found
  },
}

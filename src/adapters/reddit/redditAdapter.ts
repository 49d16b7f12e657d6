import type { Post } from '../../domain/post'
import { requestBytes, requestJson } from '../http'
import { SourceError } from '../sourceError'
import type { AdapterContext, ResultPage, SourceAdapter, SourceQuery } from '../types'
import { isRefusal, readRedditFeed, type RedditFeedReader } from './redditFeedFallback'
import { REDDIT_ORIGIN } from './redditHtml'
import { listingPosts, threadPosts } from './redditListing'
import { redditSource } from './redditSource'
import { redditTargetOf, type RedditTarget } from './redditTarget'

const PAGE_LIMIT = '25'
const CURSOR = /^t3_[a-z0-9]+$/i

const fetchedAtOf = (context: AdapterContext): string =>
  new Date((context.now ?? Date.now)()).toISOString()

/**
 * The relay's address for a Reddit URL, made absolute: the relay answers on the page's own
 * origin, and requests need a full URL.
 */
const relayed = (context: AdapterContext, target: string, purpose: 'reddit' | 'feed'): string => {
  if (!context.relay)
    throw new SourceError(
      'relay-required',
      'Reddit blocks anonymous reading from browsers; it is read through Storyloom’s relay, which this copy of the editor runs without.',
    )
  return new URL(context.relay.url(target, purpose), globalThis.location?.href).href
}

const withParams = (path: string, params: Record<string, string | undefined>): string => {
  const url = new URL(path, REDDIT_ORIGIN)
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined) url.searchParams.set(name, value)
  }
  return url.href
}

/** The JSON listing for a subreddit or a search, and the feed with the same posts. */
const listingUrls = (
  target: Exclude<RedditTarget, { kind: 'post' }>,
  after: string | undefined,
): { json: string; feed: string } => {
  if (target.kind === 'subreddit') {
    const path = `/r/${target.subreddit}/new`
    return {
      json: withParams(`${path}.json`, { limit: PAGE_LIMIT, raw_json: '1', after }),
      feed: withParams(`${path}.rss`, {}),
    }
  }
  const path = target.subreddit ? `/r/${target.subreddit}/search` : '/search'
  const params = {
    q: target.text,
    restrict_sr: target.subreddit ? '1' : undefined,
    sort: 'new',
  }
  return {
    json: withParams(`${path}.json`, { ...params, raw_json: '1', limit: PAGE_LIMIT, after }),
    feed: withParams(`${path}.rss`, params),
  }
}

export interface RedditAdapterOptions {
  /** Reads the RSS/Atom version when Reddit refuses the JSON one; without it, no fallback. */
  readFeed?: RedditFeedReader
}

const targetOrThrow = (query: SourceQuery): RedditTarget => {
  const target = redditTargetOf(query)
  if (target) return target
  if (query.kind === 'url')
    throw new SourceError('invalid-query', `${query.url} is not a Reddit post or subreddit link.`)
  if (query.kind === 'text') throw new SourceError('invalid-query', 'The search is empty.')
  throw new SourceError(
    'unsupported',
    'Reddit is searched by words, r/subreddit, or a post or subreddit link.',
  )
}

const notFoundPost = (error: unknown, id: string): unknown =>
  error instanceof SourceError && error.kind === 'not-found'
    ? new SourceError(
        'not-found',
        `Reddit has no post ${id}: it was deleted, or the link is wrong.`,
        error.details,
      )
    : error

export const createRedditAdapter = (options: RedditAdapterOptions = {}): SourceAdapter => {
  const listingPage = async (
    target: Exclude<RedditTarget, { kind: 'post' }>,
    context: AdapterContext,
    cursor: string | undefined,
  ): Promise<ResultPage> => {
    const urls = listingUrls(target, cursor)
    const fetchedAt = fetchedAtOf(context)
    try {
      const { data } = await requestJson(context, relayed(context, urls.json, 'reddit'))
      const { posts, after } = listingPosts(data, fetchedAt)
      return after ? { posts, next: after } : { posts }
    } catch (error) {
      // The feed has the newest posts only: it stands in for the first page, not later ones.
      if (!isRefusal(error) || cursor !== undefined) throw error
      if (!options.readFeed)
        throw new SourceError(
          error instanceof SourceError ? error.kind : 'invalid-response',
          'Reddit refused the listing and this editor has no feed reader to fall back on.',
          error instanceof SourceError ? error.details : {},
        )
      const { bytes, contentType } = await requestBytes(
        context,
        relayed(context, urls.feed, 'feed'),
        { accept: 'application/atom+xml, application/rss+xml;q=0.9, application/xml;q=0.8' },
      )
      return {
        posts: await options.readFeed({ bytes, contentType, feedUrl: urls.feed, fetchedAt }),
      }
    }
  }

  const postThread = async (
    id: string,
    withComments: boolean,
    context: AdapterContext,
  ): Promise<Post[]> => {
    const url = withParams(`/comments/${id}.json`, { raw_json: '1' })
    try {
      const { data } = await requestJson(context, relayed(context, url, 'reddit'))
      return threadPosts(data, fetchedAtOf(context), withComments)
    } catch (error) {
      throw notFoundPost(error, id)
    }
  }

  return {
    ...redditSource,
    async search(query, searchOptions, context, cursor) {
      const target = targetOrThrow(query)
      if (target.kind === 'post') {
        if (searchOptions.urlMode === 'quotes')
          throw new SourceError('unsupported', 'Reddit does not list the crossposts of a post.')
        const thread =
          searchOptions.urlMode === 'thread' || searchOptions.urlMode === 'author-thread'
        const posts = await postThread(target.id, thread, context)
        // The author's own chain: the post and the author's own top-level answers.
        const author = posts[0]?.author.name
        return {
          posts:
            searchOptions.urlMode === 'author-thread'
              ? posts.filter((post, index) => index === 0 || post.author.name === author)
              : posts,
        }
      }
      if (cursor !== undefined && !CURSOR.test(cursor))
        throw new SourceError('invalid-query', 'The next-page cursor is not a Reddit post id.')
      return listingPage(target, context, cursor)
    },
    async resolveUrl(url, context) {
      const target = targetOrThrow({ kind: 'url', url })
      if (target.kind !== 'post')
        throw new SourceError('invalid-query', `${url} is a subreddit, not a post.`)
      const [post] = await postThread(target.id, false, context)
      if (!post) throw new SourceError('not-found', `Reddit has no post ${target.id}.`)
      return post
    },
  }
}

export const redditAdapter: SourceAdapter = createRedditAdapter({ readFeed: readRedditFeed })

import type { Post } from '../../domain/post'
import { SourceError } from '../sourceError'
import type {
  AdapterContext,
  ResultPage,
  SearchOptions,
  SourceAdapter,
  SourceQuery,
} from '../types'
import { blueskySource } from './blueskySource'
import { buildAtUri, isDid, isHandle, POST_COLLECTION } from './atUri'
import { authenticatedGet } from './authenticatedRequest'
import { flattenThread } from './flattenThread'
import { isPostView, mapFeedItems, mapPostView, mapPostViews } from './mapPostView'
import { collectionOf, parseBlueskyUrl, type BlueskyTarget } from './parseBlueskyUrl'
import type { RawFeedViewPost } from './rawTypes'
import { recheckPost } from './recheckPost'
import { resolveActorDid } from './resolveActor'
import { baseUrl, xrpcRequest, xrpcUrl, type XrpcParams } from './xrpc'

export const BLUESKY_APPVIEW = blueskySource.defaultServer

const PAGE_SIZE = 50
/** Reply levels fetched below a post: a whole conversation, or a long self-thread. */
const THREAD_DEPTH = { thread: 20, 'author-thread': 100 } as const
const PARENT_HEIGHT = 80

const REPOST = 'app.bsky.feed.defs#reasonRepost'

const nowIso = (context: AdapterContext) => new Date(context.now?.() ?? Date.now()).toISOString()

/** An AppView (unauthenticated) GET. */
const appViewGet = (context: AdapterContext, method: string, params: XrpcParams) =>
  xrpcRequest(context, xrpcUrl(baseUrl(context.settings.server, 'server'), method, params))

/** The array a list method answers with; anything else is an error, never "no results". */
const listIn = (data: unknown, key: string, method: string): unknown[] => {
  const list = (data as Record<string, unknown> | null)?.[key]
  if (!Array.isArray(list))
    throw new SourceError('invalid-response', `${method} answered without a "${key}" list.`)
  return list
}

/** The next-page cursor; an empty page ends the list even if the server sent a cursor. */
const nextCursor = (data: unknown, itemCount: number): string | undefined => {
  const cursor = (data as { cursor?: unknown } | null)?.cursor
  return typeof cursor === 'string' && cursor !== '' && itemCount > 0 ? cursor : undefined
}

const actorOf = (input: string): string => {
  const actor = input.trim().replace(/^@/, '')
  if (isDid(actor)) return actor
  if (isHandle(actor)) return actor.toLowerCase()
  throw new SourceError(
    'invalid-query',
    `"${input}" is not a Bluesky handle (like name.bsky.social) or DID.`,
  )
}

const feedFilter = (options: SearchOptions) =>
  options.mediaOnly
    ? 'posts_with_media'
    : options.excludeReplies
      ? 'posts_no_replies'
      : 'posts_with_replies'

const authorFeed = async (
  context: AdapterContext,
  actor: string,
  options: SearchOptions,
  cursor: string | undefined,
): Promise<ResultPage> => {
  const method = 'app.bsky.feed.getAuthorFeed'
  const data = await appViewGet(context, method, {
    actor,
    limit: PAGE_SIZE,
    filter: feedFilter(options),
    cursor,
  })
  const items = listIn(data, 'feed', method) as RawFeedViewPost[]
  const kept = items.filter(
    (item) =>
      !(options.excludeReposts && item?.reason?.$type === REPOST) &&
      // posts_with_media still lists replies; the user asked for none.
      !(options.excludeReplies && item?.post?.record?.reply !== undefined),
  )
  return { posts: mapFeedItems(kept, nowIso(context)), next: nextCursor(data, items.length) }
}

const recordFeed = async (
  context: AdapterContext,
  target: BlueskyTarget & { kind: 'list' | 'feed' },
  cursor: string | undefined,
): Promise<ResultPage> => {
  const did = await resolveActorDid(context, target.actor)
  const uri = buildAtUri(did, collectionOf(target.kind), target.rkey)
  const method = target.kind === 'list' ? 'app.bsky.feed.getListFeed' : 'app.bsky.feed.getFeed'
  const data = await appViewGet(context, method, {
    [target.kind]: uri,
    limit: PAGE_SIZE,
    cursor,
  })
  const items = listIn(data, 'feed', method)
  return { posts: mapFeedItems(items, nowIso(context)), next: nextCursor(data, items.length) }
}

const fetchPost = async (context: AdapterContext, uri: string): Promise<Post> => {
  const method = 'app.bsky.feed.getPosts'
  const data = await appViewGet(context, method, { uris: uri })
  const view = listIn(data, 'posts', method).find(
    (candidate) => isPostView(candidate) && candidate.uri === uri,
  )
  // getPosts leaves missing posts out instead of failing.
  if (!isPostView(view))
    throw new SourceError('not-found', `Bluesky has no post at ${uri}; it may have been deleted.`)
  return mapPostView(view, { fetchedAt: nowIso(context) })
}

const postUri = async (context: AdapterContext, target: BlueskyTarget & { kind: 'post' }) =>
  buildAtUri(await resolveActorDid(context, target.actor), POST_COLLECTION, target.rkey)

const postQuery = async (
  context: AdapterContext,
  target: BlueskyTarget & { kind: 'post' },
  options: SearchOptions,
  cursor: string | undefined,
): Promise<ResultPage> => {
  const mode = options.urlMode ?? 'post'
  if (mode === 'quotes') {
    const method = 'app.bsky.feed.getQuotes'
    const uri = await postUri(context, target)
    const data = await appViewGet(context, method, { uri, limit: PAGE_SIZE, cursor })
    const views = listIn(data, 'posts', method)
    return { posts: mapPostViews(views, nowIso(context)), next: nextCursor(data, views.length) }
  }
  // A single post or a thread is one page: there is nothing after it.
  if (cursor !== undefined) return { posts: [] }
  const uri = await postUri(context, target)
  if (mode === 'post') return { posts: [await fetchPost(context, uri)] }
  const method = 'app.bsky.feed.getPostThread'
  const data = await appViewGet(context, method, {
    uri,
    depth: THREAD_DEPTH[mode],
    parentHeight: PARENT_HEIGHT,
  })
  const thread = (data as { thread?: unknown } | null)?.thread
  if (thread === undefined)
    throw new SourceError('invalid-response', `${method} answered without a thread.`)
  return { posts: flattenThread(thread, { mode, fetchedAt: nowIso(context) }) }
}

const urlQuery = (
  context: AdapterContext,
  url: string,
  options: SearchOptions,
  cursor: string | undefined,
): Promise<ResultPage> => {
  const target = parseBlueskyUrl(url)
  if (!target)
    throw new SourceError(
      'invalid-query',
      `${url} is not a link to a Bluesky post, profile, list or feed.`,
    )
  switch (target.kind) {
    case 'profile':
      return authorFeed(context, target.actor, options, cursor)
    case 'list':
    case 'feed':
      return recordFeed(context, target, cursor)
    case 'post':
      return postQuery(context, target, options, cursor)
  }
}

const searchPosts = async (
  context: AdapterContext,
  q: string,
  options: SearchOptions,
  cursor: string | undefined,
): Promise<ResultPage> => {
  const method = 'app.bsky.feed.searchPosts'
  const data = await authenticatedGet(context, method, {
    q,
    sort: 'latest',
    limit: PAGE_SIZE,
    cursor,
  })
  const views = listIn(data, 'posts', method)
  const posts = mapPostViews(views, nowIso(context))
  return {
    posts: options.mediaOnly ? posts.filter((post) => post.media.length > 0) : posts,
    next: nextCursor(data, views.length),
  }
}

/**
 * Bluesky through the public AppView (author feeds, posts, threads, quotes, lists, feeds) and,
 * for a signed-in user, through their PDS (post search, which Bluesky no longer serves to
 * anonymous callers).
 */
export const blueskyAdapter: SourceAdapter = {
  ...blueskySource,
  recheck: recheckPost,

  search: async (query: SourceQuery, options, context, cursor) => {
    switch (query.kind) {
      case 'account':
        return authorFeed(context, actorOf(query.handle), options, cursor)
      case 'url':
        return urlQuery(context, query.url, options, cursor)
      case 'hashtag':
        return searchPosts(context, `#${query.tag}`, options, cursor)
      case 'text':
        // An at-uri typed into the search box is a link, not words.
        return query.text.trim().startsWith('at://')
          ? urlQuery(context, query.text.trim(), options, cursor)
          : searchPosts(context, query.text, options, cursor)
    }
  },

  resolveUrl: async (url, context) => {
    const target = parseBlueskyUrl(url)
    if (target?.kind !== 'post')
      throw new SourceError('invalid-query', `${url} is not a link to a Bluesky post.`)
    return fetchPost(context, await postUri(context, target))
  },
}

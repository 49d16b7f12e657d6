import type { Post } from '../../domain/post'
import { requestJson } from '../http'
import { SourceError } from '../sourceError'
import type { AdapterContext, ResultPage, SearchOptions, SourceAdapter } from '../types'
import { hackernewsSource } from './hackernewsSource'
import { hackerNewsTargetOf, STORY_LISTS, type StoryList } from './hackernewsTarget'
import { kidsOf, mapHackerNewsItem } from './mapHackerNewsItem'
import { mapWithLimit } from './mapWithLimit'
import { pollFromOptions, pollPartsOf } from './pollOptions'

const API = hackernewsSource.defaultServer
const PAGE_SIZE = 30
/** A thread is read item by item: this many at most, so a huge discussion stays affordable. */
export const THREAD_CAP = 100
/** Parallel item requests; Firebase has no published limit, so stay polite. */
const CONCURRENCY = 6

const fetchedAtOf = (context: AdapterContext): string =>
  new Date((context.now ?? Date.now)()).toISOString()

const getJson = async (context: AdapterContext, path: string): Promise<unknown> => {
  const { data } = await requestJson(context, `${API}${path}`)
  return data
}

/** One item's JSON, or null when HN knows no such item. */
const fetchItem = (context: AdapterContext, id: number): Promise<unknown> =>
  getJson(context, `/item/${id}.json`)

const idList = (data: unknown, what: string): number[] => {
  if (!Array.isArray(data) || !data.every((id) => Number.isSafeInteger(id)))
    throw new SourceError('invalid-response', `Hacker News sent ${what} that is not a list of ids.`)
  return data as number[]
}

const offsetOf = (cursor: string | undefined): number => {
  if (cursor === undefined) return 0
  if (!/^\d{1,6}$/.test(cursor))
    throw new SourceError('invalid-query', 'The next-page cursor is not a Hacker News offset.')
  return Number(cursor)
}

/** A page of items by id: fetched in parallel, mapped in list order, unknown ids skipped. */
const itemsPage = async (
  ids: number[],
  offset: number,
  context: AdapterContext,
  authorCreatedAt?: string,
): Promise<ResultPage> => {
  const slice = ids.slice(offset, offset + PAGE_SIZE)
  const fetchedAt = fetchedAtOf(context)
  const raws = await mapWithLimit(slice, CONCURRENCY, (id) => fetchItem(context, id))
  const posts = raws.flatMap((raw) => {
    const post = mapHackerNewsItem(raw, { fetchedAt, api: API, authorCreatedAt })
    return post ? [post] : []
  })
  const end = offset + PAGE_SIZE
  return end < ids.length ? { posts, next: String(end) } : { posts }
}

const listPage = async (
  list: StoryList,
  context: AdapterContext,
  cursor: string | undefined,
): Promise<ResultPage> => {
  const offset = offsetOf(cursor)
  const ids = idList(await getJson(context, `/${STORY_LISTS[list]}.json`), `the ${list} list`)
  return itemsPage(ids, offset, context)
}

const userPage = async (
  id: string,
  options: SearchOptions,
  context: AdapterContext,
  cursor: string | undefined,
): Promise<ResultPage> => {
  const offset = offsetOf(cursor)
  const user = await getJson(context, `/user/${encodeURIComponent(id)}.json`)
  if (user === null) throw new SourceError('not-found', `Hacker News has no user ${id}.`)
  if (typeof user !== 'object' || Array.isArray(user))
    throw new SourceError(
      'invalid-response',
      `Hacker News sent a user ${id} that is not an object.`,
    )
  const record = user as Record<string, unknown>
  const submitted = record.submitted === undefined ? [] : idList(record.submitted, 'submissions')
  const created =
    typeof record.created === 'number' && record.created > 0
      ? new Date(record.created * 1000).toISOString()
      : undefined
  const page = await itemsPage(submitted, offset, context, created)
  // Comments are replies to others; leaving them out may leave a short page, never a wrong one.
  return options.excludeReplies
    ? { ...page, posts: page.posts.filter((post) => post.replyTo === undefined) }
    : page
}

const rootItem = async (id: number, context: AdapterContext): Promise<unknown> => {
  const raw = await fetchItem(context, id)
  if (raw === null) throw new SourceError('not-found', `Hacker News has no item ${id}.`)
  if (typeof raw !== 'object' || Array.isArray(raw))
    throw new SourceError(
      'invalid-response',
      `Hacker News sent an item ${id} that is not an object.`,
    )
  return raw
}

/**
 * The item and its discussion, breadth first (each level in HN's ranking order), read level by
 * level with a few requests at a time, up to THREAD_CAP items.
 */
const threadPosts = async (id: number, context: AdapterContext): Promise<Post[]> => {
  const fetchedAt = fetchedAtOf(context)
  const rootRaw = await rootItem(id, context)
  const root = mapHackerNewsItem(rootRaw, { fetchedAt, api: API })
  if (!root) throw new SourceError('invalid-response', `Hacker News sent an unreadable item ${id}.`)
  const posts: Post[] = [root]
  let level: { raw: unknown; post: Post }[] = [{ raw: rootRaw, post: root }]
  while (level.length > 0 && posts.length < THREAD_CAP) {
    const wanted = level
      .flatMap(({ raw, post }) => kidsOf(raw).map((kid) => ({ kid, parent: post })))
      .slice(0, THREAD_CAP - posts.length)
    const raws = await mapWithLimit(wanted, CONCURRENCY, ({ kid }) => fetchItem(context, kid))
    level = wanted.flatMap(({ parent }, index) => {
      const raw = raws[index]
      const post = mapHackerNewsItem(raw, { fetchedAt, api: API, parent })
      return post ? [{ raw, post }] : []
    })
    posts.push(...level.map(({ post }) => post))
  }
  return posts
}

/** A poll's options are items of their own: read them when the poll is read by its link. */
const withPoll = async (raw: unknown, post: Post, context: AdapterContext): Promise<Post> => {
  const parts = pollPartsOf(raw)
  if (parts.length === 0) return post
  const options = await mapWithLimit(parts, CONCURRENCY, (part) => fetchItem(context, part))
  const poll = pollFromOptions(options)
  return poll ? { ...post, poll } : post
}

const singleItem = async (id: number, context: AdapterContext): Promise<Post> => {
  const raw = await rootItem(id, context)
  const post = mapHackerNewsItem(raw, { fetchedAt: fetchedAtOf(context), api: API })
  if (!post) throw new SourceError('invalid-response', `Hacker News sent an unreadable item ${id}.`)
  return withPoll(raw, post, context)
}

export const hackernewsAdapter: SourceAdapter = {
  ...hackernewsSource,
  async search(query, options, context, cursor) {
    const target = hackerNewsTargetOf(query)
    if (!target)
      throw new SourceError(
        query.kind === 'hashtag' ? 'unsupported' : 'invalid-query',
        'Hacker News reads an item link, top, new, best, ask, show, job, or @user (its API has no search).',
      )
    switch (target.kind) {
      case 'list':
        return listPage(target.list, context, cursor)
      case 'user':
        return userPage(target.id, options, context, cursor)
      case 'item': {
        if (options.urlMode === 'quotes')
          throw new SourceError('unsupported', 'Hacker News has no quotes.')
        if (options.urlMode === 'thread' || options.urlMode === 'author-thread') {
          const posts = await threadPosts(target.id, context)
          const author = posts[0]?.author.name
          return {
            posts:
              options.urlMode === 'author-thread'
                ? posts.filter((post, index) => index === 0 || post.author.name === author)
                : posts,
          }
        }
        return { posts: [await singleItem(target.id, context)] }
      }
    }
  },
  async resolveUrl(url, context) {
    const target = hackerNewsTargetOf({ kind: 'url', url })
    if (target?.kind !== 'item')
      throw new SourceError('invalid-query', `${url} is not a Hacker News item link.`)
    return singleItem(target.id, context)
  },
}

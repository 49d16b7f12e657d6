import type { Post } from '../../domain/post'
import { requestJson } from '../http'
import { normalizeServerUrl } from '../serverUrl'
import { SourceError } from '../sourceError'
import type { AdapterContext, ResultPage, SourceAdapter } from '../types'
import { lemmySource } from './lemmySource'
import { lemmyTargetOf, type LemmyTarget } from './lemmyTarget'
import { mapPostView } from './mapPostView'

const PAGE_SIZE = 20

const fetchedAtOf = (context: AdapterContext): string =>
  new Date((context.now ?? Date.now)()).toISOString()

const chosenServer = (context: AdapterContext): string => {
  const typed =
    context.settings.server.trim() === '' ? lemmySource.defaultServer : context.settings.server
  const result = normalizeServerUrl(typed)
  if (!result.ok)
    throw new SourceError(
      'invalid-query',
      result.reason === 'insecure'
        ? `"${typed}" uses plain http; Lemmy instances are reached over https.`
        : `"${typed}" is not a server address.`,
    )
  return result.url
}

const hostOf = (server: string): string => new URL(server).host

/** Lemmy says "not found" with a 400/404 and an error code such as `couldnt_find_post`. */
const lemmyError = (error: unknown, server: string, what: string): unknown => {
  if (!(error instanceof SourceError)) return error
  const code = error.details.sourceMessage
  if (code?.startsWith('couldnt_find') || code === 'not_found')
    return new SourceError('not-found', `${hostOf(server)} has no ${what}.`, error.details)
  // A 404 without Lemmy's JSON error: the address is not a Lemmy API at all.
  if (error.kind === 'not-found')
    return new SourceError(
      'not-found',
      `${hostOf(server)} has no Lemmy API; is it a Lemmy instance?`,
      error.details,
    )
  if (error.kind === 'invalid-response' && error.details.status !== undefined)
    return new SourceError(
      'invalid-response',
      `${hostOf(server)} did not answer like a Lemmy instance (no JSON from its API).`,
      error.details,
    )
  return error
}

const pageOf = (cursor: string | undefined): number => {
  if (cursor === undefined) return 1
  if (!/^\d{1,5}$/.test(cursor) || cursor === '0')
    throw new SourceError('invalid-query', 'The next-page cursor is not a Lemmy page number.')
  return Number(cursor)
}

const postsOf = (data: unknown, server: string, context: AdapterContext): Post[] => {
  const views =
    typeof data === 'object' && data !== null ? (data as { posts?: unknown }).posts : undefined
  if (!Array.isArray(views))
    throw new SourceError('invalid-response', `${hostOf(server)} sent posts that are not a list.`)
  const fetchedAt = fetchedAtOf(context)
  return views.flatMap((view) => {
    const post = mapPostView(view, { server, fetchedAt })
    return post ? [post] : []
  })
}

/** Lemmy pages by number; a full page means there may be another. */
const listPage = async (
  target: Exclude<LemmyTarget, { kind: 'post' }>,
  context: AdapterContext,
  cursor: string | undefined,
): Promise<ResultPage> => {
  const server = chosenServer(context)
  const page = pageOf(cursor)
  const url = new URL(
    target.kind === 'community' ? `${server}/api/v3/post/list` : `${server}/api/v3/search`,
  )
  const params: Record<string, string> =
    target.kind === 'community'
      ? { community_name: target.name, sort: 'New' }
      : { q: target.text, type_: 'Posts', sort: 'New' }
  for (const [name, value] of Object.entries({
    ...params,
    limit: String(PAGE_SIZE),
    page: String(page),
  }))
    url.searchParams.set(name, value)
  try {
    const { data } = await requestJson(context, url.href)
    const posts = postsOf(data, server, context)
    const raw = (data as { posts: unknown[] }).posts
    return raw.length >= PAGE_SIZE ? { posts, next: String(page + 1) } : { posts }
  } catch (error) {
    throw lemmyError(
      error,
      server,
      target.kind === 'community' ? `community ${target.name}` : 'search results',
    )
  }
}

const fetchPost = async (
  target: Extract<LemmyTarget, { kind: 'post' }>,
  context: AdapterContext,
): Promise<Post> => {
  const url = `${target.server}/api/v3/post?id=${target.id}`
  try {
    const { data } = await requestJson(context, url)
    const view =
      typeof data === 'object' && data !== null
        ? (data as { post_view?: unknown }).post_view
        : undefined
    const post = mapPostView(view, { server: target.server, fetchedAt: fetchedAtOf(context) })
    if (!post)
      throw new SourceError(
        'invalid-response',
        `${hostOf(target.server)} sent a post without its view.`,
      )
    return post
  } catch (error) {
    throw lemmyError(error, target.server, `post ${target.id}`)
  }
}

export const lemmyAdapter: SourceAdapter = {
  ...lemmySource,
  async search(query, options, context, cursor) {
    const target = lemmyTargetOf(query)
    if (!target)
      throw new SourceError(
        query.kind === 'url' ? 'invalid-query' : 'unsupported',
        'Lemmy reads !community, !community@instance, c/community, words, or a post link.',
      )
    if (target.kind !== 'post') return listPage(target, context, cursor)
    if (options.urlMode && options.urlMode !== 'post')
      throw new SourceError('unsupported', 'Lemmy comments are not read yet: only the post itself.')
    return { posts: [await fetchPost(target, context)] }
  },
  async resolveUrl(url, context) {
    const target = lemmyTargetOf({ kind: 'url', url })
    if (target?.kind !== 'post')
      throw new SourceError('invalid-query', `${url} is not a link to a Lemmy post.`)
    return fetchPost(target, context)
  },
}

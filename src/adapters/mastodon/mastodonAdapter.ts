import type { Post } from '../../domain/post'
import { requestJson, type JsonResponse } from '../http'
import { normalizeServerUrl } from '../serverUrl'
import { SourceError } from '../sourceError'
import type {
  AdapterContext,
  ResultPage,
  SearchOptions,
  SourceAdapter,
  SourceQuery,
} from '../types'
import { readId } from './fieldReaders'
import { nextLinkUrl } from './linkHeader'
import { mapStatus } from './mapStatus'
import type { RawContext, RawSearchResults, RawStatus } from './rawTypes'
import { mastodonSource } from './mastodonSource'
import { recheckStatus } from './recheckStatus'
import { parseStatusUrl, type StatusLocation } from './statusUrl'
import { rootAuthorChain, threadInReadingOrder } from './threadOrder'

const DEFAULT_SERVER = mastodonSource.defaultServer
/** The most statuses Mastodon returns per page. */
const PAGE_LIMIT = '40'

const hostOf = (url: string): string => new URL(url).host

const isObject = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The server the user picked, as a base URL; a clear error when it is unusable. */
const chosenServer = (context: AdapterContext): string => {
  const typed = context.settings.server.trim() === '' ? DEFAULT_SERVER : context.settings.server
  const result = normalizeServerUrl(typed)
  if (!result.ok) {
    throw new SourceError(
      'invalid-query',
      result.reason === 'insecure'
        ? `"${typed}" uses plain http; Mastodon servers are reached over https.`
        : `"${typed}" is not a server address.`,
    )
  }
  return result.url
}

const sameOrigin = (url: string, server: string): boolean => {
  try {
    return new URL(url).origin === new URL(server).origin
  } catch {
    return false
  }
}

/** A signed-in user's token, sent to the server that issued it and nowhere else. */
const authHeaders = (context: AdapterContext, url: string): Record<string, string> => {
  const credentials = context.settings.credentials
  if (!credentials || !sameOrigin(url, credentials.service)) return {}
  return { authorization: `Bearer ${credentials.accessToken}` }
}

/** GET with the shared request policies; a 401 means this server wants a signed-in user. */
const get = async (
  context: AdapterContext,
  url: string,
  signInMessage = `${hostOf(url)} only answers this for a signed-in user.`,
): Promise<JsonResponse> => {
  try {
    return await requestJson(context, url, { headers: authHeaders(context, url) })
  } catch (error) {
    if (
      error instanceof SourceError &&
      error.kind === 'unauthorized' &&
      error.details.status === 401
    )
      throw new SourceError('sign-in-required', signInMessage, error.details)
    throw error
  }
}

const fetchedAtOf = (context: AdapterContext): string =>
  new Date((context.now ?? Date.now)()).toISOString()

const statusArray = (data: unknown, url: string): RawStatus[] => {
  if (!Array.isArray(data)) {
    throw new SourceError(
      'invalid-response',
      `${hostOf(url)} answered ${new URL(url).pathname} with something other than a list of statuses.`,
    )
  }
  return data as RawStatus[]
}

/** Keeps the first of posts that share an id (a boost and its original on one page). */
const uniqueById = (posts: Post[]): Post[] => {
  const seen = new Set<string>()
  return posts.filter((post) => !seen.has(post.id) && (seen.add(post.id), true))
}

const mapStatuses = (statuses: RawStatus[], server: string, context: AdapterContext): Post[] => {
  const fetchedAt = fetchedAtOf(context)
  return uniqueById(statuses.map((status) => mapStatus(status, { server, fetchedAt })))
}

/**
 * One page of a paginated list: the posts, and the `Link: rel="next"` URL as the cursor, only
 * when it stays on the same server (a hostile server must not send our requests elsewhere).
 */
const statusPage = (
  response: JsonResponse,
  requestUrl: string,
  server: string,
  context: AdapterContext,
): ResultPage => {
  const posts = mapStatuses(statusArray(response.data, requestUrl), server, context)
  const next = nextLinkUrl(response.headers.get('link'), requestUrl)
  return next && sameOrigin(next, server) ? { posts, next } : { posts }
}

const withParams = (base: string, params: Record<string, string | false | undefined>): string => {
  const url = new URL(base)
  for (const [name, value] of Object.entries(params)) {
    if (value !== false && value !== undefined) url.searchParams.set(name, value)
  }
  return url.href
}

/** 404 with a JSON error is the API speaking; an HTML page or no JSON means another kind of site. */
const notMastodonError = (error: unknown, url: string): unknown => {
  if (!(error instanceof SourceError)) return error
  const host = hostOf(url)
  if (error.kind === 'not-found' && error.details.sourceMessage === undefined)
    return new SourceError(
      'not-found',
      `${host} has nothing at ${new URL(url).pathname}; it may not be a Mastodon-compatible server.`,
      error.details,
    )
  // A status set by requestJson: the body was not JSON at all.
  if (error.kind === 'invalid-response' && error.details.status !== undefined)
    return new SourceError(
      'invalid-response',
      `${host} did not answer like a Mastodon-compatible server (no JSON from its API).`,
      error.details,
    )
  return error
}

const hashtagPage = async (
  tag: string,
  options: SearchOptions,
  server: string,
  context: AdapterContext,
): Promise<ResultPage> => {
  const name = tag.replace(/^#/, '').trim()
  if (name === '') throw new SourceError('invalid-query', 'The hashtag is empty.')
  const url = withParams(`${server}/api/v1/timelines/tag/${encodeURIComponent(name)}`, {
    limit: PAGE_LIMIT,
    only_media: options.mediaOnly === true && 'true',
  })
  try {
    return statusPage(await get(context, url), url, server, context)
  } catch (error) {
    // Mastodon answers an unknown tag with 404 {"error": "Record not found"}: no posts yet.
    if (error instanceof SourceError && error.kind === 'not-found' && error.details.sourceMessage)
      return { posts: [] }
    throw notMastodonError(error, url)
  }
}

const accountPage = async (
  handle: string,
  options: SearchOptions,
  server: string,
  context: AdapterContext,
): Promise<ResultPage> => {
  const acct = handle.trim().replace(/^@/, '')
  if (acct === '') throw new SourceError('invalid-query', 'The account name is empty.')
  const lookupUrl = withParams(`${server}/api/v1/accounts/lookup`, { acct })
  let account: JsonResponse
  try {
    account = await get(context, lookupUrl)
  } catch (error) {
    if (error instanceof SourceError && error.kind === 'not-found' && error.details.sourceMessage)
      throw new SourceError(
        'not-found',
        `${hostOf(server)} knows no account @${acct}. A server only knows remote accounts someone there follows: try the account's own server.`,
        error.details,
      )
    throw notMastodonError(error, lookupUrl)
  }
  const accountId = isObject(account.data)
    ? readId((account.data as { id?: unknown }).id)
    : undefined
  if (!accountId)
    throw new SourceError('invalid-response', `${hostOf(server)} sent an account without an id.`)
  const url = withParams(`${server}/api/v1/accounts/${encodeURIComponent(accountId)}/statuses`, {
    limit: PAGE_LIMIT,
    exclude_replies: options.excludeReplies === true && 'true',
    exclude_reblogs: options.excludeReposts === true && 'true',
    only_media: options.mediaOnly === true && 'true',
  })
  return statusPage(await get(context, url), url, server, context)
}

const textPage = async (
  text: string,
  server: string,
  context: AdapterContext,
): Promise<ResultPage> => {
  const q = text.trim()
  if (q === '') throw new SourceError('invalid-query', 'The search is empty.')
  const url = withParams(`${server}/api/v2/search`, { type: 'statuses', q, limit: PAGE_LIMIT })
  const response = await get(
    context,
    url,
    `${hostOf(server)} searches the text of posts only for signed-in users. Search a #hashtag or an @account instead, or sign in.`,
  ).catch((error: unknown) => {
    throw notMastodonError(error, url)
  })
  const results = response.data as RawSearchResults | null
  if (!isObject(results))
    throw new SourceError(
      'invalid-response',
      `${hostOf(url)} sent search results that are not an object.`,
    )
  // Full-text search pages by offset, which Mastodon refuses without sign-in: one page only.
  return { posts: mapStatuses(statusArray(results.statuses ?? [], url), server, context) }
}

const locateStatus = (link: string): StatusLocation => {
  const location = parseStatusUrl(link)
  if (!location)
    throw new SourceError(
      'invalid-query',
      `${link} is not a link to a post on a Mastodon-compatible server.`,
    )
  const server = normalizeServerUrl(location.server)
  if (!server.ok)
    throw new SourceError(
      'invalid-query',
      `${link} cannot be read safely: Mastodon servers are reached over https.`,
    )
  return location
}

const statusApiUrl = ({ server, statusId }: StatusLocation, suffix = ''): string =>
  `${server}/api/v1/statuses/${encodeURIComponent(statusId)}${suffix}`

/** The status on the link's own server, where its id is valid. */
const fetchStatus = async (
  location: StatusLocation,
  context: AdapterContext,
): Promise<RawStatus> => {
  const url = statusApiUrl(location)
  try {
    const { data } = await get(context, url)
    if (!isObject(data))
      throw new SourceError(
        'invalid-response',
        `${hostOf(url)} sent something other than a status.`,
      )
    return data as RawStatus
  } catch (error) {
    if (error instanceof SourceError && error.kind === 'not-found' && error.details.sourceMessage)
      throw new SourceError(
        'not-found',
        `${hostOf(url)} has no public post ${location.statusId}: it was deleted, or is not public.`,
        error.details,
      )
    throw notMastodonError(error, url)
  }
}

const threadPage = async (
  location: StatusLocation,
  authorOnly: boolean,
  context: AdapterContext,
): Promise<ResultPage> => {
  const status = await fetchStatus(location, context)
  const url = statusApiUrl(location, '/context')
  const { data } = await get(context, url)
  if (!isObject(data))
    throw new SourceError('invalid-response', `${hostOf(url)} sent a thread that is not an object.`)
  const thread = threadInReadingOrder(status, data as RawContext)
  const statuses = authorOnly ? rootAuthorChain(thread) : thread
  return { posts: mapStatuses(statuses, location.server, context) }
}

const quotesPage = async (
  location: StatusLocation,
  context: AdapterContext,
): Promise<ResultPage> => {
  // First the post itself, so that a 404 below can only mean the endpoint is missing.
  await fetchStatus(location, context)
  const url = withParams(statusApiUrl(location, '/quotes'), { limit: PAGE_LIMIT })
  try {
    const response = await get(
      context,
      url,
      `${hostOf(url)} lists the quotes of a post only for a signed-in user.`,
    )
    return statusPage(response, url, location.server, context)
  } catch (error) {
    if (error instanceof SourceError && error.kind === 'not-found')
      throw new SourceError(
        'unsupported',
        `${hostOf(url)} does not list the quotes of a post (it needs Mastodon 4.5 or later).`,
        error.details,
      )
    throw error
  }
}

const urlPage = async (
  link: string,
  options: SearchOptions,
  context: AdapterContext,
): Promise<ResultPage> => {
  const location = locateStatus(link)
  switch (options.urlMode ?? 'post') {
    case 'thread':
      return threadPage(location, false, context)
    case 'author-thread':
      return threadPage(location, true, context)
    case 'quotes':
      return quotesPage(location, context)
    case 'post': {
      const status = await fetchStatus(location, context)
      return { posts: mapStatuses([status], location.server, context) }
    }
  }
}

/** The next page of an earlier answer, read from the server that gave the cursor. */
const cursorPage = async (
  query: SourceQuery,
  cursor: string,
  context: AdapterContext,
): Promise<ResultPage> => {
  const server = query.kind === 'url' ? locateStatus(query.url).server : chosenServer(context)
  if (!sameOrigin(cursor, server))
    throw new SourceError(
      'invalid-query',
      `The next page would be read from another server than ${hostOf(server)}; refused.`,
    )
  return statusPage(await get(context, cursor), cursor, server, context)
}

export const mastodonAdapter: SourceAdapter = {
  ...mastodonSource,
  recheck: recheckStatus,
  async search(query, options, context, cursor) {
    if (cursor !== undefined) return cursorPage(query, cursor, context)
    switch (query.kind) {
      case 'hashtag':
        return hashtagPage(query.tag, options, chosenServer(context), context)
      case 'account':
        return accountPage(query.handle, options, chosenServer(context), context)
      case 'text':
        return textPage(query.text, chosenServer(context), context)
      case 'url':
        return urlPage(query.url, options, context)
    }
  },
  async resolveUrl(url, context) {
    const location = locateStatus(url)
    const status = await fetchStatus(location, context)
    return mapStatus(status, { server: location.server, fetchedAt: fetchedAtOf(context) })
  },
}

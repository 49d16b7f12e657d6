import { isAbortError } from '../../../adapters/sourceError'
import type {
  AdapterContext,
  SearchOptions,
  SourceEntry,
  SourceQuery,
} from '../../../adapters/types'
import type { Post } from '../../../domain/post'

/**
 * The library's paging of search results, apart from React: which cursor a page load uses, how
 * its posts join those shown, and how a failed load is resumed. `useSourceSearch` holds the
 * state; this decides it.
 */

export interface SearchRequest {
  source: SourceEntry
  server: string
  query: SourceQuery
  options: SearchOptions
}

export interface SourceSearchState {
  request?: SearchRequest
  posts: Post[]
  next?: string
  phase: 'idle' | 'searching' | 'loading-more' | 'done'
  /** The last failure and what retrying it repeats; the results so far stay shown. */
  failure?: { error: unknown; retry: 'search' | 'more' }
  /** Set when the posts were read from a file on disk (a feed file), not searched. */
  fileName?: string
}

/** One page load: the cursor to read (none for the first page) and the posts it adds to. */
export interface PageLoad {
  request: SearchRequest
  cursor?: string
  shown: Post[]
}

export const IDLE_SEARCH: SourceSearchState = { posts: [], phase: 'idle' }

/** The page's posts after those shown, leaving out any already shown (pages can overlap). */
export const appendNew = (shown: Post[], page: Post[]): Post[] => {
  const seen = new Set(shown.map((post) => post.id))
  return [...shown, ...page.filter((post) => !seen.has(post.id) && (seen.add(post.id), true))]
}

/** The state while a page loads: what was shown stays shown. */
export const loadingState = ({ request, cursor, shown }: PageLoad): SourceSearchState => ({
  request,
  posts: shown,
  next: cursor,
  phase: cursor ? 'loading-more' : 'searching',
})

/**
 * Loads one page. A failure keeps the posts shown and the cursor that failed, so that retrying
 * reads that same page again: nothing is skipped and nothing is read twice. Resolves to
 * `undefined` when the load was cancelled (a newer search took its place).
 */
export const loadPage = async (
  load: PageLoad,
  context: AdapterContext,
): Promise<SourceSearchState | undefined> => {
  const { request, cursor, shown } = load
  try {
    const adapter = await request.source.load()
    const page = await adapter.search(request.query, request.options, context, cursor)
    if (context.signal?.aborted) return undefined
    return { request, posts: appendNew(shown, page.posts), next: page.next, phase: 'done' }
  } catch (error) {
    if (context.signal?.aborted || isAbortError(error)) return undefined
    return {
      request,
      posts: shown,
      next: cursor,
      phase: 'done',
      failure: { error, retry: cursor ? 'more' : 'search' },
    }
  }
}

/** What "Load more" reads: the next page after those shown, if there is one. */
export const loadMoreFrom = (state: SourceSearchState): PageLoad | undefined =>
  state.request && state.next
    ? { request: state.request, cursor: state.next, shown: state.posts }
    : undefined

/** What "Retry" reads: the page that failed, after the posts shown; or the search again. */
export const retryFrom = (state: SourceSearchState): PageLoad | undefined => {
  if (!state.request || !state.failure) return undefined
  return state.failure.retry === 'more'
    ? { request: state.request, cursor: state.next, shown: state.posts }
    : { request: state.request, shown: [] }
}

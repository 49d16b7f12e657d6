import { useCallback, useEffect, useRef, useState } from 'react'
import { isAbortError } from '../../../adapters/sourceError'
import type { SearchOptions, SourceEntry, SourceQuery } from '../../../adapters/types'
import type { Post } from '../../../domain/post'
import { adapterContext } from './adapterContext'

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

const IDLE: SourceSearchState = { posts: [], phase: 'idle' }

const appendNew = (shown: Post[], page: Post[]) => {
  const seen = new Set(shown.map((post) => post.id))
  return [...shown, ...page.filter((post) => !seen.has(post.id))]
}

/**
 * Runs library searches against a source. A new search aborts the one in flight, so a slow
 * answer never overwrites a newer one; a failure is kept apart from the results, so it is
 * never mistaken for "no more posts".
 */
export const useSourceSearch = () => {
  const [state, setState] = useState<SourceSearchState>(IDLE)
  const controller = useRef<AbortController | null>(null)

  useEffect(() => () => controller.current?.abort(), [])

  const run = useCallback(
    async (request: SearchRequest, cursor: string | undefined, shown: Post[]) => {
      controller.current?.abort()
      const current = new AbortController()
      controller.current = current
      setState({
        request,
        posts: shown,
        next: cursor,
        phase: cursor ? 'loading-more' : 'searching',
      })
      try {
        const adapter = await request.source.load()
        const page = await adapter.search(
          request.query,
          request.options,
          adapterContext(request.source, current.signal, request.server),
          cursor,
        )
        if (current.signal.aborted) return
        setState({ request, posts: appendNew(shown, page.posts), next: page.next, phase: 'done' })
      } catch (error) {
        if (current.signal.aborted || isAbortError(error)) return
        setState({
          request,
          posts: shown,
          next: cursor,
          phase: 'done',
          failure: { error, retry: cursor ? 'more' : 'search' },
        })
      }
    },
    [],
  )

  const search = useCallback((request: SearchRequest) => run(request, undefined, []), [run])

  const loadMore = useCallback(() => {
    if (state.request && state.next) void run(state.request, state.next, state.posts)
  }, [run, state])

  const retry = useCallback(() => {
    if (!state.request || !state.failure) return
    if (state.failure.retry === 'more') void run(state.request, state.next, state.posts)
    else void run(state.request, undefined, [])
  }, [run, state])

  /** Shows posts read from a file in place of any search: no request, nothing to page. */
  const showFile = useCallback((posts: Post[], fileName: string) => {
    controller.current?.abort()
    setState({ posts, phase: 'done', fileName })
  }, [])

  const reset = useCallback(() => {
    controller.current?.abort()
    setState(IDLE)
  }, [])

  return { state, search, loadMore, retry, reset, showFile }
}

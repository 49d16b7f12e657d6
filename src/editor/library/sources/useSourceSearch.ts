import { useCallback, useEffect, useRef, useState } from 'react'
import type { Post } from '../../../domain/post'
import { adapterContext } from './adapterContext'
import {
  IDLE_SEARCH,
  loadingState,
  loadMoreFrom,
  loadPage,
  retryFrom,
  type PageLoad,
  type SourceSearchState,
} from './sourcePaging'

export type { SearchRequest, SourceSearchState } from './sourcePaging'

/**
 * Runs library searches against a source. A new search aborts the one in flight, so a slow
 * answer never overwrites a newer one; a failure is kept apart from the results, so it is
 * never mistaken for "no more posts". The paging itself is decided in `sourcePaging`.
 */
export const useSourceSearch = () => {
  const [state, setState] = useState<SourceSearchState>(IDLE_SEARCH)
  const controller = useRef<AbortController | null>(null)

  useEffect(() => () => controller.current?.abort(), [])

  const run = useCallback(async (load: PageLoad) => {
    controller.current?.abort()
    const current = new AbortController()
    controller.current = current
    setState(loadingState(load))
    const { request } = load
    const settled = await loadPage(
      load,
      adapterContext(request.source, current.signal, request.server),
    )
    if (settled && !current.signal.aborted) setState(settled)
  }, [])

  const search = useCallback((request: PageLoad['request']) => run({ request, shown: [] }), [run])

  const loadMore = useCallback(() => {
    const load = loadMoreFrom(state)
    if (load) void run(load)
  }, [run, state])

  const retry = useCallback(() => {
    const load = retryFrom(state)
    if (load) void run(load)
  }, [run, state])

  /** Shows posts read from a file in place of any search: no request, nothing to page. */
  const showFile = useCallback((posts: Post[], fileName: string) => {
    controller.current?.abort()
    setState({ posts, phase: 'done', fileName })
  }, [])

  const reset = useCallback(() => {
    controller.current?.abort()
    setState(IDLE_SEARCH)
  }, [])

  return { state, search, loadMore, retry, reset, showFile }
}

import { useDeferredValue, useMemo } from 'react'
import type { Post } from '../../domain/post'
import { useEditorStore } from '../../store/editorStore'
import { matchesLibraryQuery } from './matchesLibraryQuery'

/** The posts the library filter lets through; typing stays responsive on long lists. */
export const useFilteredPosts = (posts: readonly Post[]) => {
  const query = useEditorStore((state) => state.libraryQuery)
  const deferredQuery = useDeferredValue(query)
  const filtered = useMemo(
    () => posts.filter((post) => matchesLibraryQuery(post, deferredQuery)),
    [posts, deferredQuery],
  )
  return { query, filtered }
}

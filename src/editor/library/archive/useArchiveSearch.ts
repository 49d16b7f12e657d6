import { useDeferredValue, useEffect, useState } from 'react'
import type { PostId } from '../../../domain/post'
import type { ArchiveSearchFilters } from '../../../store/archive/archiveSearchFilters'
import { useEditorStore } from '../../../store/editorStore'
import { useArchiveServices } from './archiveServices'

export interface ArchiveSearch {
  /** Undefined until the first answer. */
  total?: number
  ids: PostId[]
  languages: string[]
  failed: boolean
}

/**
 * The imported posts matching the library filter and the archive's own filters, newest first.
 * Asked again whenever the stored archives change (`revision`).
 */
export const useArchiveSearch = (filters: ArchiveSearchFilters, revision: number) => {
  const { store } = useArchiveServices()
  const query = useDeferredValue(useEditorStore((state) => state.libraryQuery))
  const [result, setResult] = useState<ArchiveSearch>({ ids: [], languages: [], failed: false })
  const { from, to, hasMedia, leaveOutReplies, leaveOutReposts, language } = filters

  useEffect(() => {
    let current = true
    Promise.all([
      store.count(),
      store.search({ text: query, from, to, hasMedia, leaveOutReplies, leaveOutReposts, language }),
      store.languages(),
    ]).then(
      ([total, ids, languages]) => {
        if (current) setResult({ total, ids, languages, failed: false })
      },
      () => {
        if (current) setResult((previous) => ({ ...previous, failed: true }))
      },
    )
    return () => {
      current = false
    }
  }, [store, query, from, to, hasMedia, leaveOutReplies, leaveOutReposts, language, revision])

  return { ...result, query }
}

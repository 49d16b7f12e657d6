import { useTranslation } from 'react-i18next'
import { setLibraryQuery } from '../../store/actions/uiActions'
import { useEditorStore } from '../../store/editorStore'

interface LibraryFilterProps {
  shown: number
  total: number
  /** Hidden when a status line already counts the posts and the filter hides none. */
  countWhenUnfiltered?: boolean
}

/** Narrows the posts already in the library, whatever their source. */
export const LibraryFilter = ({ shown, total, countWhenUnfiltered = true }: LibraryFilterProps) => {
  const { t } = useTranslation('library')
  const query = useEditorStore((state) => state.libraryQuery)
  return (
    <div className="library__filter">
      <input
        type="search"
        className="input"
        aria-label={t('filter')}
        placeholder={t('filterPlaceholder')}
        value={query}
        onChange={(event) => setLibraryQuery(event.target.value)}
      />
      {shown !== total || countWhenUnfiltered ? (
        <p className="library__count" aria-live="polite">
          {shown === total ? t('count', { count: shown }) : t('countFiltered', { shown, total })}
        </p>
      ) : null}
    </div>
  )
}

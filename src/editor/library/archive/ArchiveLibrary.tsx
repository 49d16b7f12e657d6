import './archive.css'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LibraryEmptyFilter } from '../LibraryEmptyFilter'
import { LibraryFilter } from '../LibraryFilter'
import { ArchiveFilters, NO_ARCHIVE_FILTERS, type ArchiveFilterValues } from './ArchiveFilters'
import { ArchivePostList } from './ArchivePostList'
import { ForgetArchives } from './ForgetArchives'
import { useArchiveSearch } from './useArchiveSearch'

/** The library's "Archives" source: imported posts, searched in this browser. */
export const ArchiveLibrary = ({
  revision,
  importing = false,
  onForgotten,
}: {
  /** Changes whenever an import or a forget changed what is stored. */
  revision: number
  /** An import is running: its posts are listed when it ends. */
  importing?: boolean
  onForgotten: () => void
}) => {
  const { t } = useTranslation('archive')
  const [filters, setFilters] = useState<ArchiveFilterValues>(NO_ARCHIVE_FILTERS)
  const { total, ids, languages, failed, query } = useArchiveSearch(filters, revision)

  if (failed)
    return (
      <p className="source-error" role="alert">
        {t('readFailed')}
      </p>
    )
  if (total === undefined) return <p className="panel__hint">{t('loadingPosts')}</p>
  if (total === 0 && importing)
    return (
      <div className="empty-state archive-empty">
        <p>{t('empty.importing')}</p>
      </div>
    )
  if (total === 0)
    return (
      <div className="empty-state archive-empty">
        <p>
          <strong>{t('empty.title')}</strong>
        </p>
        <p>{t('empty.how')}</p>
        <p>{t('description')}</p>
      </div>
    )

  return (
    <>
      {/* Said in the empty state too; on a phone the posts need the room more. */}
      <p className="panel__hint archive-library__about">{t('description')}</p>
      <LibraryFilter shown={ids.length} total={total} />
      <div className="archive-library__tools">
        <ArchiveFilters filters={filters} languages={languages} onChange={setFilters} />
        <div className="archive-library__forget">
          <ForgetArchives total={total} onForgotten={onForgotten} />
        </div>
      </div>
      {ids.length > 0 ? (
        <ArchivePostList ids={ids} revision={revision} />
      ) : query.trim() ? (
        <div className="panel__scroll library__list">
          <LibraryEmptyFilter query={query} />
        </div>
      ) : (
        <div className="panel__scroll library__list">
          <p className="empty-state">{t('noMatch')}</p>
        </div>
      )}
    </>
  )
}

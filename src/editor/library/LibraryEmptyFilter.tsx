import { useTranslation } from 'react-i18next'
import { setLibraryQuery } from '../../store/actions/uiActions'

/** Said when the filter hides every post the library holds. */
export const LibraryEmptyFilter = ({ query }: { query: string }) => {
  const { t } = useTranslation('library')
  return (
    <div className="empty-state">
      <p>{t('empty', { query })}</p>
      <button type="button" className="button" onClick={() => setLibraryQuery('')}>
        {t('clearFilter')}
      </button>
    </div>
  )
}

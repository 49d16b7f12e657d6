import { useTranslation } from 'react-i18next'
import { editHere } from '../../store/session'
import { useTabAccessStore } from '../../store/tabAccess'

/**
 * Another tab is the writer: this one shows the saved story, follows that tab's saves, and
 * offers to take over. A newer Storyloom taking over is said by StorageProblems instead.
 */
export const TabAccessBanner = () => {
  const { t } = useTranslation()
  const access = useTabAccessStore((state) => state.access)
  const refused = useTabAccessStore((state) => state.refusedEdits)
  const takingOver = useTabAccessStore((state) => state.takingOver)
  const handoverRefused = useTabAccessStore((state) => state.handoverRefused)
  if (access.mode !== 'read-only' || access.reason !== 'other-tab') return null
  return (
    <div className="banner" role="status">
      <p>{t('storage.readOnly')}</p>
      {refused > 0 && <p>{t('storage.readOnlyRefused')}</p>}
      {handoverRefused && <p>{t('storage.handoverRefused')}</p>}
      <div className="banner__actions">
        <button
          type="button"
          className="button button--small"
          disabled={takingOver}
          onClick={() => void editHere()}
        >
          {takingOver ? t('storage.takingOver') : t('storage.editHere')}
        </button>
      </div>
    </div>
  )
}

import { useTranslation } from 'react-i18next'
import { useEditorStore } from '../../store/editorStore'
import { discardProblem, dismissProblems } from '../../store/session'
import { downloadWorkspaceCopy } from './downloadWorkspaceCopy'
import { TabAccessBanner } from './TabAccessBanner'

/**
 * Damaged or newer-version stories, storage taken over by a newer Storyloom, or another tab
 * editing: a clear message and ways out, never a blank page.
 */
export const StorageProblems = () => (
  <>
    <TabAccessBanner />
    <StoredDataProblems />
  </>
)

const StoredDataProblems = () => {
  const { t } = useTranslation()
  const session = useEditorStore((state) => state.session)
  if (session.status !== 'ready') return null
  const { problems, storageError } = session
  if (problems.length === 0 && !storageError) return null
  return (
    <div className="banner banner--warning" role="alert">
      {storageError && (
        <p>
          {storageError.kind === 'closed'
            ? t('storage.closed')
            : t('storage.unavailable', { message: storageError.detail })}
        </p>
      )}
      {problems.length > 0 && (
        <>
          <h2 className="banner__title">{t('problems.title')}</h2>
          <ul>
            {problems.map((problem) => (
              <li key={problem.storyId}>
                {problem.kind === 'newer'
                  ? t('problems.newer', { message: problem.message })
                  : t('problems.corrupt', { message: problem.message })}
                {problem.kind === 'corrupt' && (
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => {
                      if (window.confirm(t('problems.confirmStartFresh')))
                        void discardProblem(problem.storyId)
                    }}
                  >
                    {t('problems.startFresh')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="banner__actions">
        <button
          type="button"
          className="button button--small"
          onClick={() => void downloadWorkspaceCopy()}
        >
          {t('problems.download')}
        </button>
        {storageError?.kind === 'closed' && (
          <button
            type="button"
            className="button button--small"
            onClick={() => window.location.reload()}
          >
            {t('storage.reload')}
          </button>
        )}
        {problems.length > 0 && (
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={dismissProblems}
          >
            {t('problems.dismiss')}
          </button>
        )}
      </div>
    </div>
  )
}

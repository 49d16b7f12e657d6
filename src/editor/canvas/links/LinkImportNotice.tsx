import { useTranslation } from 'react-i18next'
import type { LinkImportState } from './useLinkImport'

interface LinkImportNoticeProps {
  state: LinkImportState
  onRetry: () => void
  onDismiss: () => void
}

/** Says that a pasted or dropped link is being read, or why it could not be. */
export const LinkImportNotice = ({ state, onRetry, onDismiss }: LinkImportNoticeProps) => {
  const { t } = useTranslation('sources')
  const { t: tCommon } = useTranslation()
  if (state.phase === 'idle') return null
  if (state.phase === 'resolving')
    return (
      <p className="link-import" role="status">
        {t('resolving', { source: state.source })}
      </p>
    )
  return (
    <div className="link-import link-import--failed" role="alert">
      <p>{state.message}</p>
      <div className="dialog__actions">
        {state.retry ? (
          <button type="button" className="button button--small" onClick={onRetry}>
            {t('retry')}
          </button>
        ) : null}
        <button type="button" className="button button--small button--quiet" onClick={onDismiss}>
          {tCommon('toast.dismiss')}
        </button>
      </div>
    </div>
  )
}

import { useTranslation } from 'react-i18next'
import { useEditorStore } from '../../store/editorStore'
import { flushSave } from '../../store/session'
import { useTabAccessStore } from '../../store/tabAccess'
import { Icon } from '../../ui/Icon'
import { downloadWorkspaceCopy } from './downloadWorkspaceCopy'

/** Saving is visible: a failure is an alert with a retry and a way to keep a copy. */
export const SaveStatusIndicator = () => {
  const { t, i18n } = useTranslation()
  const status = useEditorStore((state) => state.saveStatus)
  const readOnly = useTabAccessStore((state) => state.access.mode === 'read-only')
  if (readOnly) {
    return (
      <p className="save-status" data-state="read-only">
        <Icon name="alert" size={14} />
        {t('save.readOnly')}
      </p>
    )
  }
  if (status.state === 'error') {
    return (
      <div className="save-status save-status--error" role="alert">
        <Icon name="alert" size={16} />
        <span>{t('save.error', { message: status.message })}</span>
        <button type="button" className="button button--small" onClick={() => void flushSave()}>
          {t('save.retry')}
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={() => void downloadWorkspaceCopy()}
        >
          {t('save.download')}
        </button>
      </div>
    )
  }
  const text =
    status.state === 'saving'
      ? t('save.saving')
      : status.state === 'saved'
        ? t('save.savedAt', {
            time: new Intl.DateTimeFormat(i18n.resolvedLanguage, { timeStyle: 'short' }).format(
              new Date(status.savedAt),
            ),
          })
        : t('save.idle')
  return (
    <p
      className="save-status"
      data-state={status.state}
      title={status.state === 'saved' ? t('save.saved') : undefined}
    >
      {status.state === 'saved' && <Icon name="check" size={14} />}
      {text}
    </p>
  )
}

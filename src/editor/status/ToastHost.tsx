import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { undoChange } from '../../store/actions/historyActions'
import { dismissToast } from '../../store/actions/uiActions'
import { useEditorStore } from '../../store/editorStore'
import { IconButton } from '../../ui/IconButton'

const TOAST_MS = 8000

export const ToastHost = () => {
  const { t } = useTranslation()
  const toast = useEditorStore((state) => state.toast)
  useEffect(() => {
    if (!toast) return
    const timer = setTimeout(dismissToast, TOAST_MS)
    return () => clearTimeout(timer)
  }, [toast])
  return (
    <div className="toast-host" role="status" aria-live="polite">
      {toast && (
        <div className="toast" key={toast.id}>
          <span>{t(`toast.${toast.kind}`)}</span>
          {toast.undoable && (
            <button type="button" className="button button--small" onClick={undoChange}>
              {t('toast.undo')}
            </button>
          )}
          <IconButton icon="close" label={t('toast.dismiss')} onClick={dismissToast} />
        </div>
      )}
    </div>
  )
}

import { useTranslation } from 'react-i18next'
import { redoChange, undoChange } from '../../store/actions/historyActions'
import { useEditorStore } from '../../store/editorStore'
import { selectCanRedo, selectCanUndo } from '../../store/selectors'
import { Icon } from '../../ui/Icon'

export const HistoryButtons = () => {
  const { t } = useTranslation()
  const canUndo = useEditorStore(selectCanUndo)
  const canRedo = useEditorStore(selectCanRedo)
  return (
    <div className="button-group">
      <button
        type="button"
        className="button button--quiet"
        onClick={undoChange}
        disabled={!canUndo}
        title={t('undoShortcut')}
        aria-keyshortcuts="Control+Z Meta+Z"
      >
        <Icon name="undo" size={16} />
        {t('undo')}
      </button>
      <button
        type="button"
        className="button button--quiet"
        onClick={redoChange}
        disabled={!canRedo}
        title={t('redoShortcut')}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
      >
        <Icon name="redo" size={16} />
        {t('redo')}
      </button>
    </div>
  )
}

import { useTranslation } from 'react-i18next'
import { setPreview } from '../../store/actions/uiActions'
import { useEditorStore } from '../../store/editorStore'
import { Icon } from '../../ui/Icon'

export const PreviewToggle = () => {
  const { t } = useTranslation()
  const preview = useEditorStore((state) => state.preview)
  return (
    <button
      type="button"
      className={`button${preview ? ' button--active' : ''}`}
      aria-pressed={preview}
      title={t('previewHint')}
      onClick={() => setPreview(!preview)}
    >
      <Icon name="eye" size={16} />
      {t('preview')}
    </button>
  )
}

import { Suspense, lazy } from 'react'
import { useTranslation } from 'react-i18next'
import { selectActiveStory } from '../../store/selectors'
import { useEditorStore } from '../../store/editorStore'
import { Icon } from '../../ui/Icon'
import { useDialogToggle } from '../hooks/useDialogToggle'

// Present mode (slide renderer, its CSS, the fonts) loads on first use, not with the editor.
const PresentationDialog = lazy(() => import('./PresentationDialog'))

/** Opens the active story as a full-screen slideshow; focus comes back here when it closes. */
export const PresentButton = () => {
  const { t } = useTranslation('present')
  const { open, show, close, buttonRef } = useDialogToggle()
  const hasStory = useEditorStore((state) => selectActiveStory(state) !== undefined)
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="button"
        aria-haspopup="dialog"
        title={t('presentHint')}
        disabled={!hasStory}
        onPointerEnter={() => void import('./PresentationDialog')}
        onClick={show}
      >
        <Icon name="present" size={16} />
        {t('present')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <PresentationDialog onClose={close} />
        </Suspense>
      )}
    </>
  )
}

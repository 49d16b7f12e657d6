import { Suspense, lazy } from 'react'
import { useTranslation } from 'react-i18next'
import { useDialogToggle } from '../hooks/useDialogToggle'

// The panel loads on first use, not with the editor.
const NotifyAuthorsDialog = lazy(() =>
  import('./NotifyAuthorsDialog').then((module) => ({ default: module.NotifyAuthorsDialog })),
)

/** "Notify authors": opens the panel, and gives focus back to the button when it closes. */
export const NotifyAuthorsButton = ({ className = 'button' }: { className?: string }) => {
  const { t } = useTranslation('notify')
  const { open, show, close, buttonRef } = useDialogToggle()
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className={className}
        aria-haspopup="dialog"
        onPointerEnter={() => void import('./NotifyAuthorsDialog')}
        onClick={show}
      >
        {t('open')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <NotifyAuthorsDialog open onClose={close} />
        </Suspense>
      )}
    </>
  )
}

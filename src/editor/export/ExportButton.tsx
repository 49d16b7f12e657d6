import { Suspense, lazy } from 'react'
import { useTranslation } from 'react-i18next'
import { useDialogToggle } from '../hooks/useDialogToggle'

// The dialog and its options load on first use; each format's code loads when it runs.
const ExportDialog = lazy(() =>
  import('./ExportDialog').then((module) => ({ default: module.ExportDialog })),
)

/** The header's "Export" button and the dialog it opens. */
export const ExportButton = () => {
  const { t } = useTranslation('export')
  const { open, show, close, buttonRef } = useDialogToggle()
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="button"
        aria-haspopup="dialog"
        onPointerEnter={() => void import('./ExportDialog')}
        onClick={show}
      >
        {t('open')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <ExportDialog open onClose={close} />
        </Suspense>
      )}
    </>
  )
}

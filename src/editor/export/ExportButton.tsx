import { Suspense, lazy, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

// The dialog and its options load on first use; each format's code loads when it runs.
const ExportDialog = lazy(() =>
  import('./ExportDialog').then((module) => ({ default: module.ExportDialog })),
)

/** The header's "Export" button and the dialog it opens. */
export const ExportButton = () => {
  const { t } = useTranslation('export')
  const [open, setOpen] = useState(false)
  const button = useRef<HTMLButtonElement | null>(null)
  // The dialog unmounts on close, so focus goes back to this button by hand.
  const close = () => {
    setOpen(false)
    button.current?.focus()
  }
  return (
    <>
      <button
        ref={button}
        type="button"
        className="button"
        aria-haspopup="dialog"
        onPointerEnter={() => void import('./ExportDialog')}
        onClick={() => setOpen(true)}
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

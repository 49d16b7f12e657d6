import { Suspense, lazy, useCallback, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

// The panel and its detectors' wording load on first use, not with the editor.
const InsightsDialog = lazy(() =>
  import('./InsightsDialog').then((module) => ({ default: module.InsightsDialog })),
)

/** The header's "Insights" button; focus comes back to it when the panel closes. */
export const InsightsButton = () => {
  const { t } = useTranslation('insights')
  const [open, setOpen] = useState(false)
  const buttonRef = useRef<HTMLButtonElement | null>(null)
  const close = useCallback(() => {
    setOpen(false)
    buttonRef.current?.focus()
  }, [])
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="button"
        aria-haspopup="dialog"
        title={t('buttonDescription')}
        onPointerEnter={() => void import('./InsightsDialog')}
        onClick={() => setOpen(true)}
      >
        {t('button')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <InsightsDialog onClose={close} />
        </Suspense>
      )}
    </>
  )
}

import { Suspense, lazy } from 'react'
import { useTranslation } from 'react-i18next'
import { useDialogToggle } from '../hooks/useDialogToggle'

// The panel and its detectors' wording load on first use, not with the editor.
const InsightsDialog = lazy(() =>
  import('./InsightsDialog').then((module) => ({ default: module.InsightsDialog })),
)

/** The header's "Insights" button; focus comes back to it when the panel closes. */
export const InsightsButton = () => {
  const { t } = useTranslation('insights')
  const { open, show, close, buttonRef } = useDialogToggle()
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="button"
        aria-haspopup="dialog"
        title={t('buttonDescription')}
        onPointerEnter={() => void import('./InsightsDialog')}
        onClick={show}
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

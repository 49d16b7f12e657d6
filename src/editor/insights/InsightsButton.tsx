import { useCallback, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { InsightsDialog } from './InsightsDialog'

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
        onClick={() => setOpen(true)}
      >
        {t('button')}
      </button>
      {open && <InsightsDialog onClose={close} />}
    </>
  )
}

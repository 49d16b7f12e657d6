import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { NotifyAuthorsDialog } from './NotifyAuthorsDialog'

/** "Notify authors": opens the panel, and gives focus back to the button when it closes. */
export const NotifyAuthorsButton = ({ className = 'button' }: { className?: string }) => {
  const { t } = useTranslation('notify')
  const [open, setOpen] = useState(false)
  const buttonRef = useRef<HTMLButtonElement | null>(null)
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className={className}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {t('open')}
      </button>
      <NotifyAuthorsDialog
        open={open}
        onClose={() => {
          setOpen(false)
          buttonRef.current?.focus()
        }}
      />
    </>
  )
}

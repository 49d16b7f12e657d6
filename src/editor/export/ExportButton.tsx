import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ExportDialog } from './ExportDialog'

/** The header's "Export" button and the dialog it opens. */
export const ExportButton = () => {
  const { t } = useTranslation('export')
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" className="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('open')}
      </button>
      <ExportDialog open={open} onClose={() => setOpen(false)} />
    </>
  )
}

import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { announce } from '../../a11y/announce'
import { useArchiveServices } from './archiveServices'

/** "Forget imported archives", asked twice: it cannot be undone (but never touches a story). */
export const ForgetArchives = ({
  total,
  onForgotten,
}: {
  total: number
  onForgotten: () => void
}) => {
  const { t } = useTranslation('archive')
  const { store } = useArchiveServices()
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)

  if (!confirming)
    return (
      <button
        type="button"
        className="button button--quiet button--small"
        onClick={() => setConfirming(true)}
      >
        {t('forget')}
      </button>
    )

  const forget = async () => {
    setBusy(true)
    try {
      await store.forgetAll()
      announce(t('forgotten'))
      onForgotten()
    } finally {
      setBusy(false)
      setConfirming(false)
    }
  }

  return (
    <div className="archive-forget" role="group" aria-label={t('forget')}>
      <p>{t('forgetConfirm', { count: total })}</p>
      <button
        type="button"
        className="button button--small button--danger"
        disabled={busy}
        onClick={() => void forget()}
      >
        {t('forgetYes')}
      </button>
      <button
        type="button"
        className="button button--small"
        autoFocus
        onClick={() => setConfirming(false)}
      >
        {t('forgetNo')}
      </button>
    </div>
  )
}

import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { SOURCES } from '../../../adapters/registry'
import { normalizeServerUrl } from '../../../adapters/serverUrl'
import { setSourceServer } from '../../../store/actions/sourceSettingsActions'
import { sourceSettings } from '../../../store/sourceSettingsStore'
import { IconButton } from '../../../ui/IconButton'
import { BlueskySignIn } from './BlueskySignIn'
import { RelayStatusNote } from './RelayStatusNote'

interface SourcesDialogProps {
  open: boolean
  onClose: () => void
}

/** Sources whose server the user picks; feeds and link embeds have none. */
const SERVER_SOURCES = SOURCES.filter((source) => source.choosesServer !== false)

/** Default servers per network and the Bluesky sign-in: preferences of this device. */
export const SourcesDialog = ({ open, onClose }: SourcesDialogProps) => {
  const { t } = useTranslation('sources')
  const dialogRef = useRef<HTMLDialogElement | null>(null)
  const [servers, setServers] = useState<Record<string, string>>({})
  const [problem, setProblem] = useState<string | null>(null)
  const [saved, setSaved] = useState(false)

  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    if (open && !dialog.open) {
      const chosen = sourceSettings.getState().servers
      setServers(
        Object.fromEntries(
          SERVER_SOURCES.map((source) => [source.id, chosen[source.id] ?? source.defaultServer]),
        ),
      )
      setProblem(null)
      setSaved(false)
      dialog.showModal()
    }
    if (!open && dialog.open) dialog.close()
  }, [open])

  const save = (event: FormEvent) => {
    event.preventDefault()
    for (const source of SERVER_SOURCES) {
      const typed = servers[source.id] ?? ''
      const example = source.defaultServer.replace(/^https:\/\//, '')
      const normalized = normalizeServerUrl(typed === '' ? source.defaultServer : typed)
      if (!normalized.ok) {
        setProblem(
          `${source.label}: ${t(`invalidServer.${normalized.reason}`, { server: typed, example })}`,
        )
        return
      }
    }
    for (const source of SERVER_SOURCES) {
      const normalized = normalizeServerUrl(servers[source.id] || source.defaultServer)
      if (normalized.ok)
        setSourceServer(
          source.id,
          normalized.url === source.defaultServer ? undefined : normalized.url,
        )
    }
    setProblem(null)
    setSaved(true)
  }

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby="sources-dialog-title"
      onClose={onClose}
    >
      <header className="dialog__header">
        <h2 id="sources-dialog-title">{t('settings.title')}</h2>
        <IconButton icon="close" label={t('settings.close')} onClick={onClose} />
      </header>
      <p className="muted">{t('settings.intro')}</p>
      <form className="sources-form" onSubmit={save} noValidate>
        {SERVER_SOURCES.map((source) => (
          <label key={source.id} className="source-search__field">
            <span className="field__label">
              {t('settings.defaultServer', { source: source.label })}
            </span>
            <input
              className="input"
              type="text"
              inputMode="url"
              spellCheck={false}
              value={servers[source.id] ?? ''}
              onChange={(event) => {
                setSaved(false)
                setServers((current) => ({ ...current, [source.id]: event.target.value }))
              }}
            />
          </label>
        ))}
        {problem ? (
          <p className="form-problem" role="alert">
            {problem}
          </p>
        ) : null}
        <div className="dialog__actions">
          <button type="submit" className="button button--primary">
            {t('settings.save')}
          </button>
          <span role="status" className="muted">
            {saved ? t('settings.saved') : ''}
          </span>
        </div>
      </form>
      <BlueskySignIn />
      <RelayStatusNote />
    </dialog>
  )
}

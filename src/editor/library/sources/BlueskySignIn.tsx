import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { sourceById } from '../../../adapters/registry'
import { normalizeServerUrl } from '../../../adapters/serverUrl'
import { setSourceCredentials } from '../../../store/actions/sourceSettingsActions'
import { useSourceSettings } from '../../../store/sourceSettingsStore'
import { adapterContext } from './adapterContext'
import { describeSourceError } from './describeSourceError'

const DEFAULT_SERVICE = 'https://bsky.social'

/** Sign-in with an app password, which unlocks Bluesky's post search. */
export const BlueskySignIn = () => {
  const { t } = useTranslation('sources')
  const credentials = useSourceSettings((state) => state.credentials.bluesky)
  const [service, setService] = useState(DEFAULT_SERVICE)
  const [identifier, setIdentifier] = useState('')
  const [password, setPassword] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [notice, setNotice] = useState('')
  const source = sourceById('bluesky')
  if (!source) return null

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const normalized = normalizeServerUrl(service)
    if (!normalized.ok) {
      setProblem(
        t(`invalidServer.${normalized.reason}`, { server: service, example: 'bsky.social' }),
      )
      return
    }
    setBusy(true)
    setProblem(null)
    try {
      // The session code loads with the Bluesky adapter, on first use.
      const { signIn } = await import('../../../adapters/bluesky/session')
      const session = await signIn(adapterContext(source), {
        service: normalized.url,
        identifier: identifier.trim(),
        appPassword: password,
      })
      setSourceCredentials('bluesky', session)
      setNotice(t('settings.bluesky.signedInAs', { account: session.account }))
    } catch (error) {
      setProblem(describeSourceError(error, source.label, normalized.url, t))
    } finally {
      // The app password is never kept, not even in the form.
      setPassword('')
      setBusy(false)
    }
  }

  const leave = () => {
    if (credentials)
      void import('../../../adapters/bluesky/session')
        .then(({ signOut }) => signOut(adapterContext(source), credentials))
        .catch(() => undefined)
    setSourceCredentials('bluesky', undefined)
    setNotice(t('settings.bluesky.signedOut'))
  }

  return (
    <section className="sources-signin" aria-labelledby="bluesky-signin-heading">
      <h3 id="bluesky-signin-heading">{t('settings.bluesky.heading')}</h3>
      <p className="muted">{t('settings.bluesky.why')}</p>
      <p className="muted">{t('settings.bluesky.where')}</p>
      {credentials ? (
        <div className="dialog__actions">
          <span>{t('settings.bluesky.signedInAs', { account: credentials.account })}</span>
          <button type="button" className="button" onClick={leave}>
            {t('settings.bluesky.signOut')}
          </button>
        </div>
      ) : (
        <form className="sources-form" onSubmit={submit} noValidate>
          <label className="source-search__field">
            <span className="field__label">{t('settings.bluesky.service')}</span>
            <input
              className="input"
              type="text"
              inputMode="url"
              spellCheck={false}
              value={service}
              onChange={(event) => setService(event.target.value)}
            />
          </label>
          <label className="source-search__field">
            <span className="field__label">{t('settings.bluesky.identifier')}</span>
            <input
              className="input"
              type="text"
              autoComplete="username"
              spellCheck={false}
              value={identifier}
              onChange={(event) => setIdentifier(event.target.value)}
            />
          </label>
          <label className="source-search__field">
            <span className="field__label">{t('settings.bluesky.password')}</span>
            <input
              className="input"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          </label>
          {problem ? (
            <p className="form-problem" role="alert">
              {problem}
            </p>
          ) : null}
          <div className="dialog__actions">
            <button type="submit" className="button button--primary" disabled={busy}>
              {busy ? t('settings.bluesky.signingIn') : t('settings.bluesky.signIn')}
            </button>
          </div>
        </form>
      )}
      <p role="status" className="muted">
        {notice}
      </p>
    </section>
  )
}

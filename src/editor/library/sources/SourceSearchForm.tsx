import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { parseSourceQuery } from '../../../adapters/parseSourceQuery'
import { normalizeServerUrl } from '../../../adapters/serverUrl'
import type { SearchOptions, SourceEntry, UrlMode } from '../../../adapters/types'
import { setSourceServer } from '../../../store/actions/sourceSettingsActions'
import { serverFor } from './adapterContext'
import type { SearchRequest } from './useSourceSearch'
import { useSourceHints } from './useSourceHints'

interface SourceSearchFormProps {
  source: SourceEntry
  busy: boolean
  onSearch: (request: SearchRequest) => void
}

const URL_MODES: readonly UrlMode[] = ['post', 'thread', 'author-thread', 'quotes']

/** Server, query and options of a network search. Problems with the input are said at once. */
export const SourceSearchForm = ({ source, busy, onSearch }: SourceSearchFormProps) => {
  const { t } = useTranslation('sources')
  const hints = useSourceHints(source)
  const id = useId()
  const [server, setServer] = useState(() => serverFor(source))
  const [query, setQuery] = useState('')
  const [options, setOptions] = useState<SearchOptions>({ urlMode: 'post' })
  const [problem, setProblem] = useState<string | null>(null)
  const example = source.defaultServer.replace(/^https:\/\//, '')
  // Feeds and link embeds read whole addresses: there is no server to choose.
  const hasServer = source.choosesServer !== false

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const normalized = hasServer ? normalizeServerUrl(server) : ({ ok: true, url: '' } as const)
    if (!normalized.ok) {
      setProblem(t(`invalidServer.${normalized.reason}`, { server: server.trim(), example }))
      return
    }
    const parsed = parseSourceQuery(query)
    if (!parsed) {
      setProblem(t('emptyQuery'))
      return
    }
    if (!source.queryKinds.includes(parsed.kind)) {
      const kinds = source.queryKinds.map((kind) => t(`queryKinds.${kind}`)).join(', ')
      setProblem(t('unsupportedQuery', { source: source.label, kinds }))
      return
    }
    setProblem(null)
    setServer(normalized.url)
    if (hasServer)
      setSourceServer(
        source.id,
        normalized.url === source.defaultServer ? undefined : normalized.url,
      )
    onSearch({ source, server: normalized.url, query: parsed, options })
  }

  const toggle = (key: 'excludeReplies' | 'excludeReposts' | 'mediaOnly') =>
    setOptions((current) => ({ ...current, [key]: !current[key] }))

  return (
    <form className="source-search" onSubmit={submit} noValidate>
      {hasServer ? (
        <label className="source-search__field">
          <span className="field__label">{t('server')}</span>
          <input
            className="input"
            type="text"
            inputMode="url"
            autoComplete="url"
            spellCheck={false}
            value={server}
            placeholder={example}
            onChange={(event) => setServer(event.target.value)}
          />
        </label>
      ) : null}
      <div className="source-search__query">
        <input
          className="input"
          type="search"
          aria-label={t('search')}
          placeholder={hints.placeholder}
          spellCheck={false}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <button type="submit" className="button button--primary" aria-busy={busy}>
          {t('searchButton')}
        </button>
      </div>
      <details className="source-search__options">
        <summary>{t('options')}</summary>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={options.excludeReplies ?? false}
            onChange={() => toggle('excludeReplies')}
          />
          {t('excludeReplies')}
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={options.excludeReposts ?? false}
            onChange={() => toggle('excludeReposts')}
          />
          {t('excludeReposts')}
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={options.mediaOnly ?? false}
            onChange={() => toggle('mediaOnly')}
          />
          {t('mediaOnly')}
        </label>
        <label className="field--inline" htmlFor={`${id}-mode`}>
          {t('urlMode')}
        </label>
        <select
          id={`${id}-mode`}
          className="select"
          value={options.urlMode ?? 'post'}
          onChange={(event) =>
            setOptions((current) => ({ ...current, urlMode: event.target.value as UrlMode }))
          }
        >
          {URL_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {t(`urlModes.${mode}`)}
            </option>
          ))}
        </select>
      </details>
      {problem ? (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      ) : null}
    </form>
  )
}

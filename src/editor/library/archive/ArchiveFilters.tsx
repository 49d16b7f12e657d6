import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ArchiveSearchFilters } from '../../../store/archive/archiveSearchFilters'

export type ArchiveFilterValues = Omit<ArchiveSearchFilters, 'text'>

export const NO_ARCHIVE_FILTERS: ArchiveFilterValues = {}

/** Where the library gets only a strip of a phone's screen (see the workspace's media query). */
const NARROW_SCREEN = '(max-width: 820px)'

/** Open where there is room; on a phone the filters would leave no space for the posts. */
const openAtFirst = () =>
  typeof window.matchMedia !== 'function' || !window.matchMedia(NARROW_SCREEN).matches

const languageName = (code: string, displayLanguage: string): string => {
  try {
    return new Intl.DisplayNames([displayLanguage], { type: 'language' }).of(code) ?? code
  } catch {
    return code
  }
}

/** The archive's own filters, beside the library's "Filter library" box. */
export const ArchiveFilters = ({
  filters,
  languages,
  onChange,
}: {
  filters: ArchiveFilterValues
  languages: readonly string[]
  onChange: (filters: ArchiveFilterValues) => void
}) => {
  const { t, i18n } = useTranslation('archive')
  const legendId = useId()
  const [open, setOpen] = useState(openAtFirst)
  const set = (patch: ArchiveFilterValues) => onChange({ ...filters, ...patch })
  const toggle = (name: 'hasMedia' | 'leaveOutReplies' | 'leaveOutReposts') => (
    <label className="checkbox">
      <input
        type="checkbox"
        checked={filters[name] ?? false}
        onChange={(event) => set({ [name]: event.target.checked })}
      />
      {t(`filters.${name}`)}
    </label>
  )
  const active = Object.values(filters).some((value) => value !== undefined && value !== false)

  return (
    <details
      className="archive-filters"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="archive-filters__summary">
        {t('filters.legend')}
        {active && !open ? <span className="archive-filters__active" aria-hidden="true" /> : null}
      </summary>
      <fieldset className="archive-filters__fields" aria-labelledby={legendId}>
        <legend id={legendId} className="visually-hidden">
          {t('filters.legend')}
        </legend>
        <div className="archive-filters__row">
          <label className="archive-filters__field">
            {t('filters.from')}
            <input
              type="date"
              className="input"
              value={filters.from ?? ''}
              max={filters.to}
              onChange={(event) => set({ from: event.target.value || undefined })}
            />
          </label>
          <label className="archive-filters__field">
            {t('filters.to')}
            <input
              type="date"
              className="input"
              value={filters.to ?? ''}
              min={filters.from}
              onChange={(event) => set({ to: event.target.value || undefined })}
            />
          </label>
          <label className="archive-filters__field">
            {t('filters.language')}
            <select
              className="select"
              value={filters.language ?? ''}
              onChange={(event) => set({ language: event.target.value || undefined })}
            >
              <option value="">{t('filters.anyLanguage')}</option>
              {languages.map((code) => (
                <option key={code} value={code}>
                  {languageName(code, i18n.language)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div className="archive-filters__row">
          {toggle('hasMedia')}
          {toggle('leaveOutReplies')}
          {toggle('leaveOutReposts')}
          {active ? (
            <button
              type="button"
              className="button button--quiet button--small"
              onClick={() => onChange(NO_ARCHIVE_FILTERS)}
            >
              {t('filters.reset')}
            </button>
          ) : null}
        </div>
      </fieldset>
    </details>
  )
}

import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { EXPORT_FORMATS } from '../../exporters/registry'
import type { ExportFormatId, ExportTheme, ThemeId } from '../../exporters/types'
import { downloadBlob } from '../../lib/downloadBlob'
import { useEditorStore } from '../../store/editorStore'
import { selectActiveStory } from '../../store/selectors'
import { IconButton } from '../../ui/IconButton'
import { useRendererLocale } from '../hooks/useRendererLocale'
import './exportDialog.css'
import {
  loadExportPreferences,
  saveExportPreferences,
  type ExportPreferences,
} from './exportPreferences'
import { fetchMediaBlob } from './fetchMediaBlob'
import { ImportStoryButton } from './ImportStoryButton'
import { ConsentWarning } from './ConsentWarning'
import { withoutRestrictedPosts } from '../../domain/integrity/consent'
import { NotifyAuthorsButton } from '../notify/NotifyAuthorsButton'
import { withDeletedPostPolicy } from '../../exporters/withDeletedPostPolicy'
import { DeletedPostsOption } from './options/DeletedPostsOption'
import { SlideExportOptionsFields } from './options/SlideExportOptionsFields'
import { loadSlideExportOptions, saveSlideExportOptions } from './options/slideExportPreferences'

interface ExportDialogProps {
  open: boolean
  onClose: () => void
}

type Status =
  | { state: 'idle' }
  | { state: 'working'; done: number; total: number }
  | { state: 'done'; fileName: string }
  | { state: 'error'; message: string }

const THEME_IDS: readonly ThemeId[] = ['light', 'dark', 'brand']
const LOGO_MAX_BYTES = 500 * 1024
const LOGO_TYPES = 'image/png,image/jpeg,image/gif,image/webp,image/svg+xml'

const readAsDataUrl = (file: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result))
    reader.onerror = () => reject(reader.error)
    reader.readAsDataURL(file)
  })

/** Choose a format and a theme, then download the file (or copy the embed code). */
export const ExportDialog = ({ open, onClose }: ExportDialogProps) => {
  const { t } = useTranslation('export')
  const { t: tCommon } = useTranslation()
  const dialogRef = useRef<HTMLDialogElement | null>(null)
  const abortRef = useRef<AbortController | null>(null)
  const story = useEditorStore(selectActiveStory)
  const posts = useEditorStore((state) => state.posts)
  const locale = useRendererLocale()
  const [preferences, setPreferences] = useState<ExportPreferences>(loadExportPreferences)
  const [status, setStatus] = useState<Status>({ state: 'idle' })
  const [slideOptions, setSlideOptions] = useState(loadSlideExportOptions)
  const [snippets, setSnippets] = useState<{ iframe: string; html: string } | null>(null)
  const [copyMessage, setCopyMessage] = useState('')
  const [logoError, setLogoError] = useState('')
  const [leaveOutRestricted, setLeaveOutRestricted] = useState(false)
  const ids = useId()

  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    if (!open && dialog.open) dialog.close()
  }, [open])

  // Closing the dialog stops a running export.
  useEffect(() => {
    if (!open) abortRef.current?.abort()
  }, [open])

  const update = (next: Partial<ExportPreferences>) => {
    setPreferences((current) => {
      const merged = { ...current, ...next }
      saveExportPreferences(merged)
      return merged
    })
    setSnippets(null)
    setCopyMessage('')
    setStatus({ state: 'idle' })
  }
  const updateTheme = (theme: Partial<ExportTheme>) =>
    update({ theme: { ...preferences.theme, ...theme } })

  const format =
    EXPORT_FORMATS.find((candidate) => candidate.id === preferences.format) ?? EXPORT_FORMATS[0]
  const isEmpty = !story || story.blocks.length === 0
  const working = status.state === 'working'

  const run = async () => {
    if (!story || isEmpty) return
    abortRef.current?.abort()
    const controller = new AbortController()
    abortRef.current = controller
    setSnippets(null)
    setCopyMessage('')
    setStatus({ state: 'working', done: 0, total: 0 })
    try {
      const exporter = withDeletedPostPolicy(await format.load(), format.id)
      const result = await exporter.run({
        story: leaveOutRestricted ? withoutRestrictedPosts(story, posts) : story,
        posts,
        locale,
        theme: preferences.theme,
        slides: slideOptions,
        fetchMedia: fetchMediaBlob,
        signal: controller.signal,
        onProgress: (done, total) => setStatus({ state: 'working', done, total }),
      })
      if (controller.signal.aborted) return
      downloadBlob(result.file.fileName, result.file.content)
      setStatus({ state: 'done', fileName: result.file.fileName })
      if (result.kind === 'snippets') setSnippets({ iframe: result.iframe, html: result.html })
    } catch (error) {
      if (controller.signal.aborted) {
        setStatus({ state: 'idle' })
        return
      }
      setStatus({
        state: 'error',
        message: t('failed', { message: error instanceof Error ? error.message : String(error) }),
      })
    }
  }

  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text)
      setCopyMessage(t('copied'))
    } catch {
      setCopyMessage(t('copyFailed'))
    }
  }

  const chooseLogo = async (file: File | undefined) => {
    if (!file) return
    if (file.size > LOGO_MAX_BYTES || !LOGO_TYPES.split(',').includes(file.type)) {
      setLogoError(t('brandLogoTooLarge'))
      return
    }
    setLogoError('')
    updateTheme({ logoDataUrl: await readAsDataUrl(file) })
  }

  const { theme } = preferences
  return (
    <dialog
      ref={dialogRef}
      className="dialog export-dialog"
      aria-labelledby={`${ids}-title`}
      onClose={onClose}
    >
      <header className="dialog__header">
        <h2 id={`${ids}-title`}>{t('heading')}</h2>
        <IconButton icon="close" label={tCommon('close')} onClick={onClose} />
      </header>

      <form
        className="export-dialog__form"
        onSubmit={(event) => {
          event.preventDefault()
          void run()
        }}
      >
        <fieldset className="export-dialog__formats">
          <legend>{t('format')}</legend>
          {EXPORT_FORMATS.map((item) => {
            const id = `${ids}-format-${item.id}`
            return (
              <div key={item.id} className="export-option">
                <input
                  type="radio"
                  id={id}
                  name="export-format"
                  value={item.id}
                  checked={format.id === item.id}
                  disabled={working}
                  aria-describedby={`${id}-description`}
                  onChange={() => update({ format: item.id as ExportFormatId })}
                />
                <label htmlFor={id}>{t(`formats.${item.labelKey}`)}</label>
                <span id={`${id}-description`} className="export-option__description muted">
                  {t(`descriptions.${item.labelKey}`)}
                </span>
              </div>
            )
          })}
        </fieldset>

        <fieldset className="export-dialog__themes" disabled={working}>
          <legend>{t('theme')}</legend>
          <div className="export-dialog__theme-choices">
            {THEME_IDS.map((id) => (
              <label key={id} className="export-theme">
                <input
                  type="radio"
                  name="export-theme"
                  value={id}
                  checked={theme.id === id}
                  onChange={() => updateTheme({ id })}
                />
                {t(`themes.${id}`)}
              </label>
            ))}
          </div>
          <p className="muted export-dialog__hint">{t('themeHint')}</p>
          {theme.id === 'brand' && (
            <div className="export-dialog__brand">
              <label>
                {t('brandColour')}
                <input
                  type="color"
                  value={theme.accent ?? '#0a7d5a'}
                  onChange={(event) => updateTheme({ accent: event.target.value })}
                />
              </label>
              <label>
                {t('brandName')}
                <input
                  type="text"
                  className="input"
                  value={theme.brandName ?? ''}
                  maxLength={80}
                  onChange={(event) => updateTheme({ brandName: event.target.value })}
                />
              </label>
              <label>
                {t('brandLogo')}
                <input
                  type="file"
                  accept={LOGO_TYPES}
                  onChange={(event) => void chooseLogo(event.target.files?.[0])}
                />
              </label>
              {theme.logoDataUrl && (
                <div className="export-dialog__logo">
                  <img src={theme.logoDataUrl} alt={t('brandLogo')} height={32} />
                  <button
                    type="button"
                    className="button button--small button--quiet"
                    onClick={() => updateTheme({ logoDataUrl: undefined })}
                  >
                    {t('brandLogoRemove')}
                  </button>
                </div>
              )}
              {logoError && (
                <p className="export-error" role="alert">
                  {logoError}
                </p>
              )}
            </div>
          )}
        </fieldset>

        <SlideExportOptionsFields
          format={format.id}
          value={slideOptions}
          disabled={working}
          onChange={(next) => {
            setSlideOptions(next)
            saveSlideExportOptions(next)
          }}
        />

        <ConsentWarning
          story={story}
          posts={posts}
          leaveOut={leaveOutRestricted}
          onLeaveOutChange={setLeaveOutRestricted}
          disabled={working}
        />
        <DeletedPostsOption disabled={working} />

        {isEmpty && <p className="export-dialog__empty">{t('empty')}</p>}

        <div className="export-dialog__actions">
          <button type="submit" className="button button--primary" disabled={isEmpty || working}>
            {t('download')}
          </button>
          {working && (
            <button
              type="button"
              className="button button--quiet"
              onClick={() => abortRef.current?.abort()}
            >
              {t('cancel')}
            </button>
          )}
        </div>
      </form>

      {working && (
        <div className="export-dialog__progress">
          <progress
            aria-label={t('working')}
            {...(status.total > 0 ? { value: status.done, max: status.total } : {})}
          />
          <span className="muted">
            {status.total > 0
              ? t('progress', { done: status.done, total: status.total })
              : t('working')}
          </span>
        </div>
      )}
      {status.state === 'done' && (
        <p role="status" className="export-dialog__done">
          {t('done', { fileName: status.fileName })}
        </p>
      )}
      {status.state === 'done' && <NotifyAuthorsButton className="button export-dialog__notify" />}
      {status.state === 'error' && (
        <p role="alert" className="export-error">
          {status.message}
        </p>
      )}

      {snippets && (
        <div className="export-dialog__snippets">
          <label htmlFor={`${ids}-iframe`}>{t('iframeCode')}</label>
          <textarea id={`${ids}-iframe`} readOnly rows={4} value={snippets.iframe} />
          <button type="button" className="button" onClick={() => void copy(snippets.iframe)}>
            {t('copyIframe')}
          </button>
          <label htmlFor={`${ids}-html`}>{t('htmlSnippet')}</label>
          <textarea id={`${ids}-html`} readOnly rows={4} value={snippets.html} />
          <button type="button" className="button" onClick={() => void copy(snippets.html)}>
            {t('copyHtml')}
          </button>
          <p role="status" className="muted">
            {copyMessage}
          </p>
        </div>
      )}

      <div className="export-dialog__import">
        <ImportStoryButton onImported={onClose} className="button button--quiet" />
      </div>
    </dialog>
  )
}

import './library.css'
import { Suspense, lazy, useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { markReady } from '../../lib/readySignal'
import { sourceById, SOURCES } from '../../adapters/registry'
import { chooseLibrarySource } from '../../store/actions/sourceSettingsActions'
import { useSourceSettings } from '../../store/sourceSettingsStore'
import { useDialogToggle } from '../hooks/useDialogToggle'
import { ArchiveImportFeedback } from './archive/ArchiveImportFeedback'
import { ARCHIVES_SOURCE } from './archive/archiveSource'
import { ImportArchiveButton } from './archive/ImportArchiveButton'
import { useArchiveImport } from './archive/useArchiveImport'

// Each view loads when first shown: the sample posts are data the editor needs no earlier.
// Fetched as soon as the editor starts, alongside the stored story, since it is the default view.
const sampleLibrary = import('./SampleLibrary')
const SampleLibrary = lazy(() =>
  sampleLibrary.then((module) => ({ default: module.SampleLibrary })),
)
const ArchiveLibrary = lazy(() =>
  import('./archive/ArchiveLibrary').then((module) => ({ default: module.ArchiveLibrary })),
)
const NetworkLibrary = lazy(() =>
  import('./sources/NetworkLibrary').then((module) => ({ default: module.NetworkLibrary })),
)
const SourcesDialog = lazy(() =>
  import('./sources/SourcesDialog').then((module) => ({ default: module.SourcesDialog })),
)

/** Mounts with the library view it sits beside (one Suspense boundary commits both). */
const LibraryShown = () => {
  useEffect(() => markReady('library'), [])
  return null
}

export const LibraryPanel = () => {
  const { t } = useTranslation('library')
  const { t: tSources } = useTranslation('sources')
  const { t: tArchive } = useTranslation('archive')
  const sourceId = useSourceSettings((state) => state.librarySource)
  const chosen = sourceById(sourceId)
  const archives = sourceId === ARCHIVES_SOURCE
  const {
    open: settingsOpen,
    show: showSettings,
    close: closeSettings,
    buttonRef: settingsButtonRef,
  } = useDialogToggle()
  const archive = useArchiveImport()

  return (
    <section className="panel library" aria-labelledby="library-heading" {...archive.dropTarget}>
      <header className="panel__header">
        <h2 id="library-heading" className="panel__title">
          {t('heading')}
        </h2>
        <label className="field field--inline">
          <span className="field__label">{t('source')}</span>
          <select
            className="select"
            value={archives ? ARCHIVES_SOURCE : chosen ? chosen.id : 'sample'}
            onChange={(event) => chooseLibrarySource(event.target.value)}
          >
            <option value="sample">{t('sampleSource')}</option>
            {SOURCES.map((source) => (
              <option key={source.id} value={source.id}>
                {source.label}
              </option>
            ))}
            <option value={ARCHIVES_SOURCE}>{tArchive('source')}</option>
          </select>
        </label>
        <button
          type="button"
          className="button button--quiet button--small"
          aria-haspopup="dialog"
          ref={settingsButtonRef}
          onPointerEnter={() => void import('./sources/SourcesDialog')}
          onClick={showSettings}
        >
          {tSources('settings.open')}
        </button>
        <ImportArchiveButton archive={archive} />
      </header>
      {/* Right under the button that started it: on a phone the list below fills the panel. */}
      <ArchiveImportFeedback archive={archive} />
      <Suspense fallback={<p className="library__status">{t('loading')}</p>}>
        {archives ? (
          <ArchiveLibrary
            revision={archive.revision}
            importing={archive.state.phase === 'running'}
            onForgotten={archive.forgotten}
          />
        ) : chosen ? (
          <NetworkLibrary key={chosen.id} source={chosen} />
        ) : (
          <SampleLibrary />
        )}
        <LibraryShown />
      </Suspense>
      {settingsOpen && (
        <Suspense fallback={null}>
          <SourcesDialog open onClose={closeSettings} />
        </Suspense>
      )}
    </section>
  )
}

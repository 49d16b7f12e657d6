import './archive.css'
import { useTranslation } from 'react-i18next'
import { describeImportFailure } from './describeImportFailure'
import { formatBytes } from './formatBytes'
import type { ArchiveImportState } from './runArchiveImport'
import type { ArchiveImport } from './useArchiveImport'

const ImportProgressBar = ({
  state,
  onCancel,
}: {
  state: Extract<ArchiveImportState, { phase: 'running' }>
  onCancel: () => void
}) => {
  const { t, i18n } = useTranslation('archive')
  const { progress, saved } = state
  const found = Math.max(progress?.posts ?? 0, saved)
  const total = progress && progress.totalBytes > 0 ? progress.totalBytes : undefined
  const processed = Math.min(progress?.processedBytes ?? 0, total ?? 0)
  // A zip is read long before its posts are all stored: once read, the bar follows the saving,
  // rather than sitting full while thousands of posts are still being written.
  const saving = total !== undefined && processed >= total && found > saved
  const bar = saving
    ? { value: saved, max: found }
    : total
      ? { value: processed, max: total }
      : // No value while the size is unknown: the bar shows it is busy without a false figure.
        { value: undefined, max: 1 }
  const detail = saving
    ? t('progressSaving', { saved, count: found })
    : total
      ? t('progressDetail', {
          processed: formatBytes(processed, i18n.language),
          total: formatBytes(total, i18n.language),
          count: found,
        })
      : t('progressDetailNoBytes', { count: found })
  const reading = t('progressReading', { file: state.fileName })
  return (
    <div className="archive-import__progress">
      <p className="archive-import__file" title={reading}>
        {reading}
      </p>
      <progress aria-label={t('progressLabel')} aria-valuetext={detail} {...bar} />
      <p className="archive-import__detail">{detail}</p>
      <button type="button" className="button button--small" onClick={onCancel}>
        {t('cancel')}
      </button>
    </div>
  )
}

/** Progress, outcome and failure of the library's archive import. */
export const ArchiveImportFeedback = ({ archive }: { archive: ArchiveImport }) => {
  const { t } = useTranslation('archive')
  const { state } = archive
  const status = (() => {
    if (state.phase === 'done')
      return t('imported', { count: state.posts, kind: t(`kind.${state.kind}`) })
    if (state.phase === 'cancelled')
      return state.saved > 0 ? t('cancelled', { count: state.saved }) : t('cancelledNothing')
    return ''
  })()
  return (
    <div className="archive-import">
      {state.phase === 'running' ? (
        <ImportProgressBar state={state} onCancel={archive.cancel} />
      ) : null}
      {state.phase === 'done' ? (
        // The bar stays, full, beside the outcome: a short import is not over before it is seen.
        <progress
          className="archive-import__complete"
          aria-label={t('progressLabel')}
          aria-valuetext={status}
          value={1}
          max={1}
        />
      ) : null}
      {state.phase === 'failed' ? (
        <div className="source-error archive-import__failure" role="alert">
          <p>{describeImportFailure(state.reason, state.kind, t)}</p>
          <p>
            {t('nothingLost')}
            {state.saved > 0 ? ` ${t('savedBeforeFailure', { count: state.saved })}` : ''}
          </p>
          <button type="button" className="button button--small" onClick={archive.dismiss}>
            {t('dismiss')}
          </button>
        </div>
      ) : null}
      {/* Mounted from the start of the first import, before anything is written into it, so
          screen readers hear the outcome; absent before, so it is no empty status to find. */}
      {state.phase !== 'idle' ? (
        <p className="archive-import__status" role="status">
          {status}
        </p>
      ) : null}
    </div>
  )
}

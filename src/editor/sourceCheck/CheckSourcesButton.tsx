import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { recordSourceChecks } from '../../store/actions/recordSourceChecks'
import { editorStore } from '../../store/editorStore'
import { selectActiveStory } from '../../store/selectors'
import { checkPostSources, type SourceCheckDeps, type SourceCheckSummary } from './checkPostSources'
import { editorSourceCheckDeps } from './editorSourceCheckDeps'
import './sourceCheck.css'
import { storyPostsToCheck } from './storyPostsToCheck'

type RunState =
  | { state: 'idle' }
  | { state: 'checking'; done: number; total: number }
  | { state: 'done'; summary: SourceCheckSummary; cancelled: boolean }
  | { state: 'empty' }

/**
 * "Check sources": reads every post of the open story again at its source and marks it live,
 * edited, deleted or unavailable (see the badges under each post). The snapshots stay as
 * they are; only `post.sourceCheck` is written.
 */
export const CheckSourcesButton = ({
  deps = editorSourceCheckDeps,
}: {
  deps?: SourceCheckDeps
}) => {
  const { t } = useTranslation('sourceCheck')
  const [run, setRun] = useState<RunState>({ state: 'idle' })
  const abortRef = useRef<AbortController | null>(null)

  const start = async () => {
    const state = editorStore.getState()
    const posts = storyPostsToCheck(selectActiveStory(state), state.posts)
    if (posts.length === 0) {
      setRun({ state: 'empty' })
      return
    }
    abortRef.current?.abort()
    const controller = new AbortController()
    abortRef.current = controller
    setRun({ state: 'checking', done: 0, total: posts.length })
    const result = await checkPostSources(posts, deps, {
      signal: controller.signal,
      onProgress: (done, total) => {
        if (!controller.signal.aborted) setRun({ state: 'checking', done, total })
      },
    })
    // Whatever was found before a cancel is true and kept.
    recordSourceChecks(result.checks)
    if (abortRef.current === controller)
      setRun({ state: 'done', summary: result.summary, cancelled: result.cancelled })
  }

  const summaryText = (summary: SourceCheckSummary, cancelled: boolean) =>
    [
      cancelled ? t('cancelled') : '',
      t('summary', { ...summary }),
      summary.uncheckable > 0 ? t('uncheckable', { count: summary.uncheckable }) : '',
      summary.failed > 0 ? t('failed', { count: summary.failed }) : '',
    ]
      .filter(Boolean)
      .join(' · ')

  const status =
    run.state === 'done'
      ? summaryText(run.summary, run.cancelled)
      : run.state === 'empty'
        ? t('noPosts')
        : ''

  return (
    <div className="source-check">
      <button
        type="button"
        className="button"
        title={t('buttonDescription')}
        disabled={run.state === 'checking'}
        onClick={() => void start()}
      >
        {t('button')}
      </button>
      {/* One box under the button; the status line stays mounted so it is announced. */}
      <div className={run.state === 'idle' ? 'visually-hidden' : 'source-check__panel'}>
        {run.state === 'checking' && (
          <div className="source-check__progress">
            <progress
              aria-label={t('checking')}
              value={run.done}
              max={run.total}
              aria-valuetext={t('progress', { done: run.done, total: run.total })}
            />
            <span className="muted">{t('progress', { done: run.done, total: run.total })}</span>
            <button
              type="button"
              className="button button--small button--quiet"
              onClick={() => abortRef.current?.abort()}
            >
              {t('cancel')}
            </button>
          </div>
        )}
        <p role="status" className="source-check__summary">
          {status}
        </p>
        {run.state !== 'idle' && run.state !== 'checking' && (
          <button
            type="button"
            className="button button--small source-check__close"
            onClick={() => setRun({ state: 'idle' })}
          >
            {t('close')}
          </button>
        )}
      </div>
    </div>
  )
}

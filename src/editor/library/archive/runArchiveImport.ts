import type {
  ArchiveFailureReason,
  ArchiveKind,
  ImportOptions,
  ImportProgress,
} from '../../../importers/types'
import type { ArchiveStore } from '../../../store/archive/archiveStore'
import type { ArchiveImportRunner } from './archiveServices'

/** Why an import stopped: the reader's reasons, plus a browser that would not store more. */
export type ImportFailure = ArchiveFailureReason | 'storage'

export type ArchiveImportState =
  | { phase: 'idle' }
  | { phase: 'running'; fileName: string; progress?: ImportProgress; saved: number }
  | { phase: 'done'; kind: ArchiveKind; posts: number }
  | { phase: 'cancelled'; saved: number }
  | { phase: 'failed'; reason: ImportFailure; kind?: ArchiveKind; detail: string; saved: number }

interface RunArchiveImportOptions {
  runImport: ArchiveImportRunner
  store: ArchiveStore
  onState: (state: ArchiveImportState) => void
  options?: ImportOptions
}

/**
 * Reads `file` with the runner and stores each batch as it comes, one transaction per batch,
 * in order. Posts saved before a failure or a cancel stay: importing again adds nothing twice,
 * so a second try only fills in the rest.
 */
export const runArchiveImport = (
  file: File,
  { runImport, store, onState, options = {} }: RunArchiveImportOptions,
): { cancel: () => void } => {
  let finished = false
  let saved = 0
  let progress: ImportProgress | undefined
  let writes: Promise<void> = Promise.resolve()
  let writeError: unknown

  const finish = (state: ArchiveImportState) => {
    if (finished) return
    finished = true
    onState(state)
  }
  const reportRunning = () => {
    if (!finished) onState({ phase: 'running', fileName: file.name, progress, saved })
  }

  reportRunning()
  // Nothing to read: say so at once rather than start a worker.
  if (file.size === 0) {
    finish({ phase: 'failed', reason: 'empty', detail: `${file.name} is 0 bytes.`, saved })
    return { cancel: () => {} }
  }

  const running = runImport(file, options, (event) => {
    if (finished) return
    switch (event.type) {
      case 'progress':
        progress = event.progress
        reportRunning()
        return
      case 'batch': {
        const { batch } = event
        writes = writes.then(async () => {
          if (finished || writeError) return
          try {
            await store.saveBatch(batch)
            saved += batch.posts.length
            reportRunning()
          } catch (error) {
            writeError = error
            running.cancel()
            finish({ phase: 'failed', reason: 'storage', detail: String(error), saved })
          }
        })
        return
      }
      case 'done':
        void writes.then(() => finish({ phase: 'done', kind: event.kind, posts: saved }))
        return
      case 'failed':
        void writes.then(() =>
          finish(
            event.reason === 'cancelled'
              ? { phase: 'cancelled', saved }
              : {
                  phase: 'failed',
                  reason: event.reason,
                  kind: event.kind,
                  detail: event.detail,
                  saved,
                },
          ),
        )
        return
    }
  })

  return {
    cancel: () => {
      if (finished) return
      // Batches already being written finish; later ones, and the reader's own answer, are dropped.
      finished = true
      running.cancel()
      void writes.then(() => onState({ phase: 'cancelled', saved }))
    },
  }
}

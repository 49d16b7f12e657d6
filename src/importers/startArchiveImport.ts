import type { ImportEvent, ImportOptions, ImportRequest } from './types'

export interface RunningArchiveImport {
  cancel(): void
  /** One more batch is stored: the worker, which pauses while too many are waiting, may go on. */
  acknowledge(): void
}

/**
 * Starts an import in a Web Worker so the editor stays responsive. Events arrive through
 * `onEvent`; batches still need `sanitizeArchiveBatch` before they are stored, and each stored
 * batch must be acknowledged. The worker ends after `done`, `failed` or `cancel()`.
 */
export const startArchiveImport = (
  file: File,
  options: ImportOptions,
  onEvent: (event: ImportEvent) => void,
): RunningArchiveImport => {
  const worker = new Worker(new URL('./archiveImport.worker.ts', import.meta.url), {
    type: 'module',
  })
  let finished = false
  const finish = () => {
    finished = true
    worker.terminate()
  }
  worker.onmessage = (message: MessageEvent<ImportEvent>) => {
    if (finished) return
    const event = message.data
    if (event.type === 'done' || event.type === 'failed') finish()
    onEvent(event)
  }
  worker.onerror = (error) => {
    if (finished) return
    finish()
    onEvent({
      type: 'failed',
      reason: 'malformed',
      detail: `The import worker stopped: ${error.message || 'unknown error'}.`,
    })
  }
  const request: ImportRequest = { type: 'import', file, options }
  worker.postMessage(request)
  return {
    acknowledge: () => {
      if (finished) return
      const stored: ImportRequest = { type: 'stored' }
      worker.postMessage(stored)
    },
    cancel: () => {
      if (finished) return
      const cancel: ImportRequest = { type: 'cancel' }
      worker.postMessage(cancel)
      // The worker answers `failed: cancelled`; stop listening now so the UI can move on.
      finish()
      onEvent({ type: 'failed', reason: 'cancelled', detail: 'The import was cancelled.' })
    },
  }
}

import type { ArchiveStore } from '../../../store/archive/archiveStore'
import type { ArchiveImportRunner } from './archiveServices'

/**
 * The runner and store for one import, paired so that each batch, once stored, is acknowledged
 * to the reader: the worker pauses while too many batches wait, so a 400,000-post archive never
 * piles up in memory ahead of IndexedDB. `finish()` leaves the time spent storing as a
 * `storyloom:archive-import:store` performance mark, for the benchmark.
 */
export const acknowledgeStoredBatches = (runImport: ArchiveImportRunner, store: ArchiveStore) => {
  let running: ReturnType<ArchiveImportRunner> | undefined
  let saveMs = 0
  let batches = 0
  return {
    runImport: ((file, options, onEvent) => {
      running = runImport(file, options, onEvent)
      return running
    }) satisfies ArchiveImportRunner,
    store: {
      ...store,
      saveBatch: async (batch) => {
        const started = performance.now()
        await store.saveBatch(batch)
        saveMs += performance.now() - started
        batches += 1
        running?.acknowledge?.()
      },
    } satisfies ArchiveStore,
    finish: () => {
      performance.mark('storyloom:archive-import:store', { detail: { saveMs, batches } })
    },
  }
}

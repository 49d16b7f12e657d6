import { createContext, useContext } from 'react'
import type { ImportEvent, ImportOptions } from '../../../importers/types'
import { archiveStore, type ArchiveStore } from '../../../store/archive/archiveStore'

/**
 * Starts reading an archive and reports what it finds. Batches arrive ready to store (already
 * sanitised); `acknowledge` says one more is stored (the reader pauses while too many are not).
 * Injected so tests can stand in for the Web Worker.
 */
export type ArchiveImportRunner = (
  file: File,
  options: ImportOptions,
  onEvent: (event: ImportEvent) => void,
) => { cancel: () => void; acknowledge?: () => void }

/**
 * The real parsers and their worker load on the first import only, so the editor's first start
 * stays as light as it was.
 */
const startInWorker: ArchiveImportRunner = (file, options, onEvent) => {
  let cancelled = false
  let running: ReturnType<ArchiveImportRunner> | undefined
  import('./startSanitizedArchiveImport').then(
    ({ startSanitizedArchiveImport }) => {
      if (!cancelled) running = startSanitizedArchiveImport(file, options, onEvent)
    },
    (error: unknown) => {
      if (cancelled) return
      onEvent({
        type: 'failed',
        reason: 'malformed',
        detail: `The archive reader could not be loaded: ${String(error)}`,
      })
    },
  )
  return {
    acknowledge: () => running?.acknowledge?.(),
    cancel: () => {
      cancelled = true
      running?.cancel()
    },
  }
}

export interface ArchiveServices {
  store: ArchiveStore
  runImport: ArchiveImportRunner
}

export const ArchiveServicesContext = createContext<ArchiveServices>({
  store: archiveStore,
  runImport: startInWorker,
})

export const useArchiveServices = () => useContext(ArchiveServicesContext)

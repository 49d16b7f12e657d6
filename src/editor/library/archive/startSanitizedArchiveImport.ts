import { sanitizeArchiveBatch } from '../../../importers/sanitizeArchiveBatch'
import { startArchiveImport } from '../../../importers/startArchiveImport'
import type { ImportEvent } from '../../../importers/types'
import type { ArchiveImportRunner } from './archiveServices'

/**
 * The worker's findings are hostile input: every batch is sanitised before anything stores it.
 * When the import ends, where its time went is left as a `storyloom:archive-import:worker`
 * performance mark for the benchmark.
 */
export const startSanitizedArchiveImport: ArchiveImportRunner = (file, options, onEvent) => {
  let sanitizeMs = 0
  return startArchiveImport(file, options, (event: ImportEvent) => {
    if (event.type === 'batch') {
      const started = performance.now()
      const batch = sanitizeArchiveBatch(event.batch)
      sanitizeMs += performance.now() - started
      onEvent({ type: 'batch', batch })
      return
    }
    if (event.type === 'done')
      performance.mark('storyloom:archive-import:worker', {
        detail: { ...event.timings, sanitizeMs },
      })
    onEvent(event)
  })
}

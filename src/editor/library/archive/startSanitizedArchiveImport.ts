import { sanitizeArchiveBatch } from '../../../importers/sanitizeArchiveBatch'
import { startArchiveImport } from '../../../importers/startArchiveImport'
import type { ImportEvent } from '../../../importers/types'
import type { ArchiveImportRunner } from './archiveServices'

/** The worker's findings are hostile input: every batch is sanitised before anything stores it. */
export const startSanitizedArchiveImport: ArchiveImportRunner = (file, options, onEvent) =>
  startArchiveImport(file, options, (event: ImportEvent) =>
    onEvent(
      event.type === 'batch' ? { type: 'batch', batch: sanitizeArchiveBatch(event.batch) } : event,
    ),
  )

import type { PostSink } from './postSink'
import type { ImportOptions } from './types'

/** What every parser gets: the import's clock, options, cancel signal and where posts go. */
export interface ImportContext {
  options: ImportOptions
  /** When this import's snapshots were taken (ISO 8601), the same for every post. */
  fetchedAt: string
  signal: AbortSignal
  sink: PostSink
}

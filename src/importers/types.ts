import type { Post } from '../domain/post'

/**
 * The contract between the archive parsers (which run in a Web Worker, with no DOM) and the
 * editor (which stores what they find in IndexedDB and shows it in the library).
 */

/** The archives people download from their networks. */
export type ArchiveKind = 'twitter' | 'mastodon' | 'bluesky' | 'instagram' | 'facebook' | 'linkedin'

export { ARCHIVE_MEDIA_SCHEME, archiveMediaUrl } from '../domain/archiveMediaUrl'

export interface ArchiveMediaFile {
  /** Stable across imports of the same archive, so a second import stores nothing twice. */
  key: string
  mimeType: string
  bytes: Uint8Array
}

/** Found posts and media, delivered in batches so memory stays flat on 100,000-post archives. */
export interface ArchiveBatch {
  posts: Post[]
  media: ArchiveMediaFile[]
}

export interface ImportProgress {
  phase: 'reading' | 'parsing' | 'saving'
  /** Bytes of the file read so far and in total, for the progress bar. */
  processedBytes: number
  totalBytes: number
  /** Posts found so far. */
  posts: number
}

/** Why an archive could not be read; the UI words each one and says what was expected. */
export type ArchiveFailureReason =
  | 'empty' // a 0-byte file
  | 'truncated' // a zip cut short (an interrupted download)
  | 'html-page' // a web page saved instead of the data file
  | 'wrong-archive' // a file or zip that is none of the supported archives
  | 'malformed' // the right kind of file, but its content cannot be read
  | 'cancelled'

export interface ImportOptions {
  /** Direct messages found in a Mastodon archive are left out unless asked for. */
  includeDirectMessages?: boolean
  /**
   * Followers-only ("private") Mastodon posts are left out unless asked for, like direct
   * messages: their audience was the author's followers, not whoever reads a story.
   */
  includeFollowersOnly?: boolean
}

/**
 * Main thread → worker. `stored`: one more batch is in IndexedDB, so the worker may send more
 * (it stops reading while too many are waiting).
 */
export type ImportRequest =
  { type: 'import'; file: File; options: ImportOptions } | { type: 'cancel' } | { type: 'stored' }

/** Where an import's time went, in milliseconds, for the benchmark. */
export interface ImportTimings {
  /** Reading the file and inflating the zip entry (waiting for the next chunk of text). */
  readMs: number
  /** Scanning, parsing and mapping elements, and posting the batches. */
  parseMs: number
  /** Waiting for the editor to store the batches already sent. */
  waitMs: number
}

/** Worker → main thread. */
export type ImportEvent =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'batch'; batch: ArchiveBatch }
  | { type: 'done'; kind: ArchiveKind; posts: number; media: number; timings?: ImportTimings }
  | { type: 'failed'; reason: ArchiveFailureReason; detail: string; kind?: ArchiveKind }

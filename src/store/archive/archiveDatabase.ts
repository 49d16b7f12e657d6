import { openDB, type DBSchema, type IDBPDatabase } from 'idb'
import type { Post, PostId } from '../../domain/post'
import type { ArchiveSearchEntry } from './archiveSearchEntry'

/**
 * Imported archives live in a database of their own: a 100,000-post import, or forgetting it,
 * never touches the stories in `storyloom`, and either can be cleared without the other.
 */
export const ARCHIVE_DATABASE_NAME = 'storyloom-archive'
export const ARCHIVE_DATABASE_VERSION = 1

/** A media file kept from an archive. Bytes rather than a Blob: every IndexedDB clones them. */
export interface StoredArchiveMedia {
  key: string
  mimeType: string
  bytes: ArrayBuffer
}

export interface ArchiveSchema extends DBSchema {
  /** Full snapshots, keyed by `post.id`: importing an archive twice overwrites, never adds. */
  posts: { key: PostId; value: Post; indexes: { createdAt: string } }
  /** One small record per post, all that search reads, so it can be loaded whole and kept. */
  searchEntries: { key: PostId; value: ArchiveSearchEntry; indexes: { createdAt: number } }
  media: { key: string; value: StoredArchiveMedia }
}

export type ArchiveDatabase = IDBPDatabase<ArchiveSchema>

export const openArchiveDatabase = (name: string = ARCHIVE_DATABASE_NAME) =>
  openDB<ArchiveSchema>(name, ARCHIVE_DATABASE_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        const posts = db.createObjectStore('posts', { keyPath: 'id' })
        posts.createIndex('createdAt', 'createdAt')
        const entries = db.createObjectStore('searchEntries', { keyPath: 'id' })
        entries.createIndex('createdAt', 'createdAt')
        db.createObjectStore('media', { keyPath: 'key' })
      }
    },
  })

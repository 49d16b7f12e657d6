import {
  openDB,
  type DBSchema,
  type IDBPDatabase,
  type IDBPTransaction,
  type StoreNames,
} from 'idb'
import type { Post } from '../../domain/post'
import { archiveDayOf } from './archiveDay'
import { toArchiveSearchEntry, type ArchiveSearchEntry } from './archiveSearchEntry'

/**
 * Imported archives live in a database of their own: a 100,000-post import, or forgetting it,
 * never touches the stories in `storyloom`, and either can be cleared without the other.
 */
export const ARCHIVE_DATABASE_NAME = 'storyloom-archive'
export const ARCHIVE_DATABASE_VERSION = 2

/** A media file kept from an archive. Bytes rather than a Blob: every IndexedDB clones them. */
export interface StoredArchiveMedia {
  key: string
  mimeType: string
  bytes: ArrayBuffer
}

/** The posts of one UTC day (`YYYY-MM-DD`, or `undated`), each once. */
export interface StoredPostDay {
  day: string
  posts: Post[]
}

/** The search entries of the same posts, kept apart so search never reads the posts. */
export interface StoredEntryDay {
  day: string
  entries: ArchiveSearchEntry[]
}

/**
 * Posts are stored a day per record, not a record each: IndexedDB's cost is per record (in
 * Chromium on a 2-core machine, 1,000 posts took ~450 ms to write as 2,000 records and ~15 ms as
 * 20 day records; a 100,000-tweet import went from 75 s of writes to about 8 s), and the list
 * reads the posts of a few days at a time anyway.
 */
export interface ArchiveSchema extends DBSchema {
  postDays: { key: string; value: StoredPostDay }
  entryDays: { key: string; value: StoredEntryDay }
  media: { key: string; value: StoredArchiveMedia }
  /** `revision`: changes with every write, so another tab's import is noticed cheaply. */
  meta: { key: string; value: string }
}

export type ArchiveDatabase = IDBPDatabase<ArchiveSchema>

/** Version 1 kept one record per post and per search entry: moved into day records. */
interface Version1Schema extends DBSchema {
  posts: { key: string; value: Post }
  searchEntries: { key: string; value: ArchiveSearchEntry }
}

const moveVersion1Posts = async (
  transaction: IDBPTransaction<ArchiveSchema, StoreNames<ArchiveSchema>[], 'versionchange'>,
) => {
  const old = transaction as unknown as IDBPTransaction<
    Version1Schema,
    StoreNames<Version1Schema>[],
    'versionchange'
  >
  const posts = await old.objectStore('posts').getAll()
  const days = new Map<string, Post[]>()
  for (const post of posts) {
    const day = archiveDayOf(post.createdAt)
    const list = days.get(day)
    if (list) list.push(post)
    else days.set(day, [post])
  }
  await Promise.all(
    [...days].flatMap(([day, dayPosts]) => [
      transaction.objectStore('postDays').put({ day, posts: dayPosts }),
      transaction
        .objectStore('entryDays')
        .put({ day, entries: dayPosts.map(toArchiveSearchEntry) }),
    ]),
  )
  transaction.db.deleteObjectStore('posts' as never)
  transaction.db.deleteObjectStore('searchEntries' as never)
}

export const openArchiveDatabase = (name: string = ARCHIVE_DATABASE_NAME) =>
  openDB<ArchiveSchema>(name, ARCHIVE_DATABASE_VERSION, {
    upgrade(db, oldVersion, _newVersion, transaction) {
      if (oldVersion < 1) db.createObjectStore('media', { keyPath: 'key' })
      if (oldVersion < 2) {
        db.createObjectStore('postDays', { keyPath: 'day' })
        db.createObjectStore('entryDays', { keyPath: 'day' })
        db.createObjectStore('meta')
        if (oldVersion === 1) void moveVersion1Posts(transaction)
      }
    },
  })

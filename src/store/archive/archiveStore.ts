import type { Post, PostId } from '../../domain/post'
import type { ArchiveBatch, ArchiveMediaFile } from '../../importers/types'
import {
  ARCHIVE_DATABASE_NAME,
  openArchiveDatabase,
  type ArchiveDatabase,
  type StoredArchiveMedia,
} from './archiveDatabase'
import { toArchiveSearchEntry, type ArchiveSearchEntry } from './archiveSearchEntry'
import { archiveEntryMatcher, type ArchiveSearchFilters } from './archiveSearchFilters'

export interface ArchiveStore {
  /** Writes a batch in one transaction: all of it is kept, or none. */
  saveBatch: (batch: ArchiveBatch) => Promise<void>
  count: () => Promise<number>
  /** The ids of the matching posts, newest first: a virtualised list reads them by range. */
  search: (filters: ArchiveSearchFilters) => Promise<PostId[]>
  /** The posts for a range of search results, in the order asked; missing ones are left out. */
  postsByIds: (ids: readonly PostId[]) => Promise<Post[]>
  /** The primary language subtags the imported posts use, sorted. */
  languages: () => Promise<string[]>
  mediaBlob: (key: string) => Promise<Blob | undefined>
  /** "Forget imported archives": every post and media file, never a story. */
  forgetAll: () => Promise<void>
  close: () => Promise<void>
}

/** A copy holding just these bytes: a view into a whole unzipped archive would store all of it. */
const ownBytes = (bytes: Uint8Array): ArrayBuffer =>
  bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
    ? (bytes.buffer as ArrayBuffer)
    : (bytes.slice().buffer as ArrayBuffer)

const storedMedia = (file: ArchiveMediaFile): StoredArchiveMedia => ({
  key: file.key,
  mimeType: file.mimeType,
  bytes: ownBytes(file.bytes),
})

const newestFirst = (a: ArchiveSearchEntry, b: ArchiveSearchEntry) =>
  b.createdAt - a.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

export const createArchiveStore = (name: string = ARCHIVE_DATABASE_NAME): ArchiveStore => {
  let opening: Promise<ArchiveDatabase> | undefined
  const database = () => (opening ??= openArchiveDatabase(name))

  /**
   * Every search entry, newest first, kept in memory: filtering 100,000 small records takes
   * milliseconds, reading them back from IndexedDB on each keystroke would not.
   */
  let cache: Map<PostId, ArchiveSearchEntry> | undefined
  let ordered: ArchiveSearchEntry[] | undefined

  const entries = async (): Promise<ArchiveSearchEntry[]> => {
    const db = await database()
    // Another tab may have imported or forgotten since: a changed count means reread.
    if (cache && cache.size !== (await db.count('searchEntries'))) cache = undefined
    if (!cache) {
      const all = await db.getAll('searchEntries')
      cache = new Map(all.map((entry) => [entry.id, entry]))
      ordered = undefined
    }
    ordered ??= [...cache.values()].sort(newestFirst)
    return ordered
  }

  return {
    saveBatch: async (batch) => {
      if (batch.posts.length === 0 && batch.media.length === 0) return
      const db = await database()
      const tx = db.transaction(['posts', 'searchEntries', 'media'], 'readwrite')
      const posts = tx.objectStore('posts')
      const search = tx.objectStore('searchEntries')
      const media = tx.objectStore('media')
      const written = batch.posts.map(toArchiveSearchEntry)
      await Promise.all([
        ...batch.posts.map((post) => posts.put(post)),
        ...written.map((entry) => search.put(entry)),
        ...batch.media.map((file) => media.put(storedMedia(file))),
        tx.done,
      ])
      if (cache) {
        for (const entry of written) cache.set(entry.id, entry)
        ordered = undefined
      }
    },

    count: async () => (await database()).count('posts'),

    search: async (filters) => {
      const matches = archiveEntryMatcher(filters)
      const ids: PostId[] = []
      for (const entry of await entries()) if (matches(entry)) ids.push(entry.id)
      return ids
    },

    postsByIds: async (ids) => {
      if (ids.length === 0) return []
      const tx = (await database()).transaction('posts')
      const found = await Promise.all([...ids.map((id) => tx.store.get(id))])
      await tx.done
      return found.filter((post): post is Post => post !== undefined)
    },

    languages: async () => {
      const found = new Set<string>()
      for (const entry of await entries()) if (entry.language) found.add(entry.language)
      return [...found].sort()
    },

    mediaBlob: async (key) => {
      const stored = await (await database()).get('media', key)
      return stored ? new Blob([stored.bytes], { type: stored.mimeType }) : undefined
    },

    forgetAll: async () => {
      const db = await database()
      const tx = db.transaction(['posts', 'searchEntries', 'media'], 'readwrite')
      await Promise.all([
        tx.objectStore('posts').clear(),
        tx.objectStore('searchEntries').clear(),
        tx.objectStore('media').clear(),
        tx.done,
      ])
      cache = new Map()
      ordered = undefined
    },

    close: async () => {
      if (!opening) return
      const db = await opening
      opening = undefined
      cache = undefined
      ordered = undefined
      db.close()
    },
  }
}

/** The editor's archive store, opened on first use. */
export const archiveStore: ArchiveStore = createArchiveStore()

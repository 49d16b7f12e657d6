import type { Post, PostId } from '../../domain/post'
import type { ArchiveBatch, ArchiveMediaFile } from '../../importers/types'
import { archiveDayOf } from './archiveDay'
import {
  ARCHIVE_DATABASE_NAME,
  openArchiveDatabase,
  type ArchiveDatabase,
  type StoredArchiveMedia,
  type StoredPostDay,
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

/** `stored` with `added` put in: a post imported again replaces its earlier copy. */
const mergeById = <T extends { id: PostId }>(stored: readonly T[] | undefined, added: T[]): T[] => {
  if (!stored || stored.length === 0) return added
  const byId = new Map(stored.map((item) => [item.id, item]))
  for (const item of added) byId.set(item.id, item)
  return [...byId.values()]
}

const groupByDay = (posts: readonly Post[]): Map<string, Post[]> => {
  const days = new Map<string, Post[]>()
  for (const post of posts) {
    const day = archiveDayOf(post.createdAt)
    const list = days.get(day)
    if (list) list.push(post)
    else days.set(day, [post])
  }
  return days
}

const newRevision = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`

/** Day records read lately, kept for the list's next page (it reads neighbouring posts). */
const RECENT_DAYS = 16

interface SearchCache {
  revision: string | undefined
  byId: Map<PostId, { entry: ArchiveSearchEntry; day: string }>
  /** The days stored: a batch's other days are new, written without reading them first. */
  days: Set<string>
  ordered: ArchiveSearchEntry[] | undefined
}

export const createArchiveStore = (name: string = ARCHIVE_DATABASE_NAME): ArchiveStore => {
  let opening: Promise<ArchiveDatabase> | undefined
  const database = () => (opening ??= openArchiveDatabase(name))

  /**
   * Every search entry, newest first, kept in memory: filtering 100,000 small records takes
   * milliseconds, reading them back from IndexedDB on each keystroke would not.
   */
  let cache: SearchCache | undefined
  let recentDays = new Map<string, StoredPostDay>()

  const load = async (): Promise<SearchCache> => {
    const db = await database()
    // Another tab may have imported or forgotten since: a changed revision means reread.
    const revision = await db.get('meta', 'revision')
    if (cache && cache.revision === revision) return cache
    const tx = db.transaction(['entryDays', 'meta'])
    const [days, current] = await Promise.all([
      tx.objectStore('entryDays').getAll(),
      tx.objectStore('meta').get('revision'),
    ])
    const byId: SearchCache['byId'] = new Map()
    for (const { day, entries } of days)
      for (const entry of entries) byId.set(entry.id, { entry, day })
    recentDays = new Map()
    cache = {
      revision: current,
      byId,
      days: new Set(days.map(({ day }) => day)),
      ordered: undefined,
    }
    return cache
  }

  const entries = async (): Promise<ArchiveSearchEntry[]> => {
    const loaded = await load()
    loaded.ordered ??= [...loaded.byId.values()].map(({ entry }) => entry).sort(newestFirst)
    return loaded.ordered
  }

  const postDay = async (db: ArchiveDatabase, day: string): Promise<StoredPostDay | undefined> => {
    const recent = recentDays.get(day)
    if (recent) return recent
    const stored = await db.get('postDays', day)
    if (stored) {
      recentDays.set(day, stored)
      if (recentDays.size > RECENT_DAYS) recentDays.delete(recentDays.keys().next().value!)
    }
    return stored
  }

  return {
    saveBatch: async (batch) => {
      if (batch.posts.length === 0 && batch.media.length === 0) return
      const db = await database()
      // Loaded before the first batch (cheap while the archive is new), the search cache then
      // grows with each batch, so the library can search the moment the import ends. It is not
      // checked here: the revision read inside the write below tells whether it is current.
      const known = cache ?? (await load())
      const days = groupByDay(batch.posts)
      const written = new Map<string, ArchiveSearchEntry[]>()
      const revision = newRevision()
      const tx = db.transaction(['postDays', 'entryDays', 'media', 'meta'], 'readwrite', {
        // A crash may lose the last batches, never corrupt them: the import can simply be run again.
        durability: 'relaxed',
      })
      const postDays = tx.objectStore('postDays')
      const entryDays = tx.objectStore('entryDays')
      const meta = tx.objectStore('meta')
      const previousRevision = await meta.get('revision')
      // Unless another tab wrote since the cache was read, days it does not know are new: no
      // need to read them before writing (a fresh import then only writes).
      const current = known.revision === previousRevision
      await Promise.all([
        meta.put(revision, 'revision'),
        ...[...days].map(async ([day, posts]) => {
          const entries = posts.map(toArchiveSearchEntry)
          written.set(day, entries)
          if (current && !known.days.has(day)) {
            await Promise.all([postDays.put({ day, posts }), entryDays.put({ day, entries })])
            return
          }
          const [storedPosts, storedEntries] = await Promise.all([
            postDays.get(day),
            entryDays.get(day),
          ])
          await Promise.all([
            postDays.put({ day, posts: mergeById(storedPosts?.posts, posts) }),
            entryDays.put({ day, entries: mergeById(storedEntries?.entries, entries) }),
          ])
        }),
        ...batch.media.map((file) => tx.objectStore('media').put(storedMedia(file))),
        tx.done,
      ])
      for (const day of days.keys()) recentDays.delete(day)
      if (!cache) return
      // Up to date before this write: add what it wrote. Otherwise reread on the next search.
      if (cache.revision !== previousRevision) {
        cache = undefined
        return
      }
      cache.revision = revision
      cache.ordered = undefined
      for (const [day, dayEntries] of written) {
        cache.days.add(day)
        for (const entry of dayEntries) cache.byId.set(entry.id, { entry, day })
      }
    },

    count: async () => (await load()).byId.size,

    search: async (filters) => {
      const matches = archiveEntryMatcher(filters)
      const ids: PostId[] = []
      for (const entry of await entries()) if (matches(entry)) ids.push(entry.id)
      return ids
    },

    postsByIds: async (ids) => {
      if (ids.length === 0) return []
      const { byId } = await load()
      const db = await database()
      const wantedDays = new Set<string>()
      for (const id of ids) {
        const day = byId.get(id)?.day
        if (day !== undefined) wantedDays.add(day)
      }
      const found = new Map<PostId, Post>()
      for (const stored of await Promise.all([...wantedDays].map((day) => postDay(db, day))))
        for (const post of stored?.posts ?? []) found.set(post.id, post)
      return ids.flatMap((id) => {
        const post = found.get(id)
        return post ? [post] : []
      })
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
      const revision = newRevision()
      const tx = db.transaction(['postDays', 'entryDays', 'media', 'meta'], 'readwrite')
      await Promise.all([
        tx.objectStore('postDays').clear(),
        tx.objectStore('entryDays').clear(),
        tx.objectStore('media').clear(),
        tx.objectStore('meta').put(revision, 'revision'),
        tx.done,
      ])
      cache = { revision, byId: new Map(), days: new Set(), ordered: undefined }
      recentDays = new Map()
    },

    close: async () => {
      if (!opening) return
      const db = await opening
      opening = undefined
      cache = undefined
      recentDays = new Map()
      db.close()
    },
  }
}

/** The editor's archive store, opened on first use. */
export const archiveStore: ArchiveStore = createArchiveStore()

import { openDB, type DBSchema, type IDBPDatabase } from 'idb'
import type { StoredStory } from '../../domain/schema'
import type { StoryId } from '../../domain/story'

/** The IndexedDB version, distinct from SCHEMA_VERSION: it changes only when stores or indexes do. */
export const DATABASE_VERSION = 1
export const DEFAULT_DATABASE_NAME = 'storyloom'

export const META_ACTIVE_STORY_ID = 'activeStoryId'

export interface StoryloomSchema extends DBSchema {
  /**
   * Key: the story id (out-of-line). What we write is a `StoredStory`; what we read may be
   * anything an older, newer or broken build wrote, so readers treat values as `unknown`.
   */
  stories: { key: StoryId; value: StoredStory }
  meta: { key: string; value: unknown }
}

export type StoryloomDatabase = IDBPDatabase<StoryloomSchema>

/**
 * - `blocked`: an older tab keeps the database open, so this one waits to upgrade it.
 * - `blocking`: a newer tab wants to upgrade; this connection has been closed, so saving stops.
 * - `terminated`: the browser closed the connection (storage cleared, disk error).
 * The UI should say so and offer to export, then reload.
 */
export type VersionChangeKind = 'blocked' | 'blocking' | 'terminated'

export interface OpenStoryDatabaseOptions {
  onVersionChange?: (kind: VersionChangeKind) => void
}

/**
 * Opens (creating or upgrading) the story database. Rejects with a `VersionError` when a
 * newer Storyloom already upgraded it: see `describeOpenError`.
 */
export const openStoryDatabase = async (
  name: string = DEFAULT_DATABASE_NAME,
  { onVersionChange }: OpenStoryDatabaseOptions = {},
): Promise<StoryloomDatabase> => {
  const database: StoryloomDatabase = await openDB<StoryloomSchema>(name, DATABASE_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('stories')
        db.createObjectStore('meta')
      }
    },
    blocked() {
      onVersionChange?.('blocked')
    },
    blocking() {
      // Tell the app first: a flush it starts synchronously here still commits, because
      // close() waits for transactions already created.
      onVersionChange?.('blocking')
      // Otherwise the newer tab could never upgrade, and would stay blocked.
      database.close()
    },
    terminated() {
      onVersionChange?.('terminated')
    },
  })
  return database
}

import { openDB, type DBSchema, type IDBPDatabase } from 'idb'

/**
 * Copies of the images of posts that entered a story, kept in a database of their own so that
 * a story opened offline still shows them and exports never depend on the network. Keyed by
 * the address the post carries, so renderers and exporters find them without any new field.
 */
export const MEDIA_ARCHIVE_DATABASE_NAME = 'storyloom-media'
const VERSION = 1

/** Bytes rather than a Blob: every IndexedDB clones them (see archiveDatabase). */
export interface ArchivedMedia {
  url: string
  type: string
  size: number
  bytes: ArrayBuffer
  /** ISO 8601. */
  storedAt: string
}

interface MediaArchiveSchema extends DBSchema {
  media: { key: string; value: ArchivedMedia }
}

export interface MediaArchiveStore {
  has(url: string): Promise<boolean>
  /** The stored copy as a Blob, or undefined when none is kept. */
  blob(url: string): Promise<Blob | undefined>
  put(media: ArchivedMedia): Promise<void>
  close(): void
}

export const createMediaArchiveStore = (
  name: string = MEDIA_ARCHIVE_DATABASE_NAME,
): MediaArchiveStore => {
  let opening: Promise<IDBPDatabase<MediaArchiveSchema>> | undefined
  const db = () =>
    (opening ??= openDB<MediaArchiveSchema>(name, VERSION, {
      upgrade(database) {
        database.createObjectStore('media', { keyPath: 'url' })
      },
    }))
  return {
    has: async (url) => (await (await db()).getKey('media', url)) !== undefined,
    blob: async (url) => {
      const stored = await (await db()).get('media', url)
      return stored ? new Blob([stored.bytes], { type: stored.type }) : undefined
    },
    put: async (media) => {
      await (await db()).put('media', media)
    },
    close: () => {
      void opening?.then((database) => database.close())
      opening = undefined
    },
  }
}

/** The editor's one media archive. */
export const mediaArchiveStore = createMediaArchiveStore()

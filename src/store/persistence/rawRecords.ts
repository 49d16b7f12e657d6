import type { StoryloomDatabase } from './database'

export interface RawDatabase {
  /** Every stored story record as read, valid or not. */
  stories: unknown[]
  meta: Record<string, unknown>
}

/**
 * Everything in the database, unvalidated: the way out when records cannot be loaded
 * ("Download the raw data"), so nothing is lost even when this build cannot read it.
 */
export const exportRawDatabase = async (db: StoryloomDatabase): Promise<RawDatabase> => {
  const tx = db.transaction(['stories', 'meta'], 'readonly')
  const meta = tx.objectStore('meta')
  const [stories, metaKeys, metaValues] = await Promise.all([
    tx.objectStore('stories').getAll() as Promise<unknown[]>,
    meta.getAllKeys(),
    meta.getAll(),
    tx.done,
  ])
  return {
    stories,
    meta: Object.fromEntries(metaKeys.map((key, index) => [String(key), metaValues[index]])),
  }
}

/**
 * Deletes one stored record: only after the user chose to start fresh on a problem record,
 * because nothing else ever deletes a record the store did not hand to the autosaver.
 */
export const discardStoredStory = async (db: StoryloomDatabase, storyId: string): Promise<void> => {
  const tx = db.transaction('stories', 'readwrite')
  await Promise.all([tx.store.delete(storyId), tx.done])
}

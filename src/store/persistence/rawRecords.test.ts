import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SCHEMA_VERSION, type StoredStory } from '../../domain/schema'
import type { StoryloomDatabase } from './database'
import { loadWorkspace } from './loadWorkspace'
import { discardStoredStory, exportRawDatabase } from './rawRecords'
import { makeStory, openTestDatabase } from './testFixtures'

let db: StoryloomDatabase
beforeEach(async () => {
  db = await openTestDatabase()
})
afterEach(() => {
  db.close()
})

describe('raw records', () => {
  it('exports every record as stored, readable or not, with the meta values', async () => {
    const story = makeStory('Good')
    const good: StoredStory = { schemaVersion: SCHEMA_VERSION, story, posts: {} }
    const newer = { schemaVersion: 99, whatever: [1, 2, 3] }
    await db.put('stories', good, story.id)
    await db.put('stories', newer as never, 'newer')
    await db.put('meta', story.id, 'activeStoryId')

    const raw = await exportRawDatabase(db)
    expect(raw.stories).toHaveLength(2)
    expect(raw.stories).toEqual(expect.arrayContaining([good, newer]))
    expect(raw.meta).toEqual({ activeStoryId: story.id })
  })

  it('discards one problem record and nothing else', async () => {
    const story = makeStory('Good')
    await db.put('stories', { schemaVersion: SCHEMA_VERSION, story, posts: {} }, story.id)
    await db.put('stories', { schemaVersion: 99 } as never, 'newer')

    expect((await loadWorkspace(db)).problems).toHaveLength(1)
    await discardStoredStory(db, 'newer')
    const loaded = await loadWorkspace(db)
    expect(loaded.problems).toEqual([])
    expect(loaded.stories).toEqual([story])
  })
})

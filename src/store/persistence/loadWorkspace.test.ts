import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SCHEMA_VERSION, type StoredStory } from '../../domain/schema'
import type { Story } from '../../domain/story'
import type { StoryloomDatabase } from './database'
import { loadWorkspace, snapshotOf } from './loadWorkspace'
import { LATER, makePost, makeStory, NOW, openTestDatabase } from './testFixtures'
import { instrument, quotaError } from './testInstrument'

const postA = makePost('sample:a')
const postB = makePost('sample:b')

let db: StoryloomDatabase
beforeEach(async () => {
  db = await openTestDatabase()
})
afterEach(() => {
  db.close()
})

const record = (story: Story, posts = [postA, postB]): StoredStory => ({
  schemaVersion: SCHEMA_VERSION,
  story,
  posts: Object.fromEntries(posts.map((post) => [post.id, post])),
})

/** Writes anything, as an older, newer or broken build could have. */
const putRaw = (key: string, value: unknown) => db.put('stories', value as StoredStory, key)

describe('loadWorkspace', () => {
  it('loads an empty database as an empty workspace', async () => {
    expect(await loadWorkspace(db)).toEqual({
      stories: [],
      posts: {},
      activeStoryId: null,
      problems: [],
    })
  })

  it('sorts stories by updatedAt, most recent first, and keeps the stored active story', async () => {
    const older = makeStory('Older', [postA], NOW)
    const newer = makeStory('Newer', [postB], LATER)
    await putRaw(older.id, record(older, [postA]))
    await putRaw(newer.id, record(newer, [postB]))
    await db.put('meta', older.id, 'activeStoryId')

    const loaded = await loadWorkspace(db)
    expect(loaded.stories).toEqual([newer, older])
    expect(loaded.posts).toEqual({ [postA.id]: postA, [postB.id]: postB })
    expect(loaded.activeStoryId).toBe(older.id)
  })

  it('turns corrupt and newer records into problems, keeping their raw value, and loads the rest', async () => {
    const good = makeStory('Good', [postA])
    await putRaw(good.id, record(good, [postA]))
    const badShape = { schemaVersion: SCHEMA_VERSION, story: { id: 'bad', title: 42 }, posts: {} }
    const newer = { schemaVersion: SCHEMA_VERSION + 1, story: { id: 'newer', shape: 'unknown' } }
    await putRaw('bad', badShape)
    await putRaw('newer', newer)
    await putRaw('text', 'not a record')

    const loaded = await loadWorkspace(db)
    expect(loaded.stories).toEqual([good])
    const problems = Object.fromEntries(
      loaded.problems.map((problem) => [problem.storyId, problem]),
    )
    expect(problems.bad).toMatchObject({ kind: 'corrupt', raw: badShape })
    expect(problems.bad?.message).toMatch(/story/)
    expect(problems.newer).toMatchObject({ kind: 'newer', raw: newer })
    expect(problems.newer?.message).toMatch(/newer version of Storyloom/)
    expect(problems.text).toMatchObject({
      kind: 'corrupt',
      raw: 'not a record',
      message: 'The record is not an object.',
    })
  })

  it('calls a record corrupt when its key is not the id of the story it holds', async () => {
    const story = makeStory('Misfiled')
    await putRaw('another-id', record(story))
    const loaded = await loadWorkspace(db)
    expect(loaded.stories).toEqual([])
    expect(loaded.problems).toEqual([
      expect.objectContaining({ storyId: 'another-id', kind: 'corrupt' }),
    ])
  })

  it('falls back to the first story when the active one is missing or unreadable', async () => {
    const story = makeStory('Only')
    await putRaw(story.id, record(story))
    await putRaw('broken', { schemaVersion: SCHEMA_VERSION })
    await db.put('meta', 'broken', 'activeStoryId')
    expect((await loadWorkspace(db)).activeStoryId).toBe(story.id)

    await db.delete('stories', story.id)
    expect((await loadWorkspace(db)).activeStoryId).toBeNull()
  })

  it('keeps the most recently fetched snapshot of a post two records hold', async () => {
    const refreshed = { ...postA, text: 'edited', fetchedAt: '2024-06-01T00:00:00.000Z' }
    const one = makeStory('One', [postA])
    const two = makeStory('Two', [postA])
    await putRaw(one.id, record(one, [refreshed]))
    await putRaw(two.id, record(two, [postA]))
    expect((await loadWorkspace(db)).posts[postA.id]).toEqual(refreshed)
  })

  it('rewrites upgraded records at the current version, leaving problem records alone', async () => {
    const story = makeStory('Old', [postA])
    const oldRecord = {
      schemaVersion: 0,
      story: { ...story, name: story.title, title: undefined },
      posts: { [postA.id]: postA },
    }
    await putRaw(story.id, oldRecord)
    await putRaw('broken', { schemaVersion: SCHEMA_VERSION })
    const migrations = {
      0: ({ story: old, ...rest }: Record<string, unknown>) => {
        const { name, ...fields } = old as Record<string, unknown>
        return { ...rest, story: { ...fields, title: name } }
      },
    }

    const loaded = await loadWorkspace(db, { migrations })
    expect(loaded.stories).toEqual([story])
    expect(await db.get('stories', story.id)).toEqual(record(story, [postA]))
    expect(await db.get('stories', 'broken')).toEqual({ schemaVersion: SCHEMA_VERSION })
  })

  it('leaves upgraded records as they are when asked not to write (a read-only tab)', async () => {
    const story = makeStory('Old')
    const oldRecord = { ...record(story, []), schemaVersion: 0 }
    await putRaw(story.id, oldRecord)
    const loaded = await loadWorkspace(db, {
      migrations: { 0: (document) => document },
      writeBack: false,
    })
    expect(loaded.stories).toEqual([story])
    expect(await db.get('stories', story.id)).toEqual(oldRecord)
  })

  it('still loads, and reports why, when rewriting upgraded records fails', async () => {
    const story = makeStory('Old')
    const oldRecord = { ...record(story, []), schemaVersion: 0 }
    await putRaw(story.id, oldRecord)
    const tools = instrument(db)
    tools.failPut(1, quotaError())

    const loaded = await loadWorkspace(tools.db, { migrations: { 0: (document) => document } })
    expect(loaded.stories).toEqual([story])
    expect(loaded.writeBackError).toMatchObject({ kind: 'quota' })
    expect(await db.get('stories', story.id)).toEqual(oldRecord)
  })

  it('gives a snapshot that maps stories by id', async () => {
    const story = makeStory('One', [postA])
    await putRaw(story.id, record(story, [postA]))
    expect(snapshotOf(await loadWorkspace(db))).toEqual({
      stories: { [story.id]: story },
      posts: { [postA.id]: postA },
      activeStoryId: story.id,
    })
  })
})

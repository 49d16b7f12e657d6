import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPostBlock } from '../../domain/blockFactory'
import { SCHEMA_VERSION } from '../../domain/schema'
import { insertBlock, renameStory } from '../../domain/storyOps'
import { createAutosaver } from './autosaver'
import type { StoryloomDatabase } from './database'
import { QUOTA_MESSAGE } from './errors'
import { loadWorkspace } from './loadWorkspace'
import { LATER, makePost, makeStory, NOW, openTestDatabase, workspaceOf } from './testFixtures'
import { instrument } from './testInstrument'
import type { SaveStatus } from './types'

const postA = makePost('sample:a')
const postB = makePost('sample:b')
const postC = makePost('sample:c')

let db: StoryloomDatabase
beforeEach(async () => {
  db = await openTestDatabase()
})
afterEach(() => {
  db.close()
})

const statuses = () => {
  const seen: SaveStatus[] = []
  return { seen, onStatus: (status: SaveStatus) => void seen.push(status) }
}

/** Resolves when `onStatus` next reports `state`. */
const nextStatus = (saver: { seen: SaveStatus[] }, state: SaveStatus['state']) =>
  vi.waitFor(() => expect(saver.seen.map((status) => status.state)).toContain(state))

describe('createAutosaver', () => {
  it('saves a workspace that loads back equal', async () => {
    const one = makeStory('One', [postA, postB])
    const two = makeStory('Two', [postB, postC], LATER)
    const autosaver = createAutosaver({ db })
    autosaver.schedule(workspaceOf([one, two], [postA, postB, postC], one.id))
    await autosaver.flush()

    const loaded = await loadWorkspace(db)
    expect(loaded.stories).toEqual([two, one])
    expect(loaded.posts).toEqual({ [postA.id]: postA, [postB.id]: postB, [postC.id]: postC })
    expect(loaded.activeStoryId).toBe(one.id)
    expect(loaded.problems).toEqual([])
  })

  it('stores each story with only the posts its blocks reference, at the current version', async () => {
    const one = makeStory('One', [postA])
    const autosaver = createAutosaver({ db })
    autosaver.schedule(workspaceOf([one], [postA, postB]))
    await autosaver.flush()

    expect(await db.get('stories', one.id)).toEqual({
      schemaVersion: SCHEMA_VERSION,
      story: one,
      posts: { [postA.id]: postA },
    })
  })

  it('rewrites nothing at start when given the loaded workspace as baseline', async () => {
    const one = makeStory('One', [postA])
    const baseline = workspaceOf([one], [postA])
    const { db: counted, log } = instrument(db)
    const saver = statuses()
    const autosaver = createAutosaver({ db: counted, baseline, onStatus: saver.onStatus })
    autosaver.schedule({ ...baseline })
    await autosaver.flush()

    expect(log.transactions).toBe(0)
    expect(saver.seen).toEqual([])
  })

  it('writes only the stories whose object changed', async () => {
    const one = makeStory('One', [postA])
    const two = makeStory('Two', [postB])
    const baseline = workspaceOf([one, two], [postA, postB])
    const { db: counted, log } = instrument(db)
    const autosaver = createAutosaver({ db: counted, baseline })

    const renamed = renameStory(two, 'Two, renamed', LATER)
    autosaver.schedule(workspaceOf([one, renamed], [postA, postB], one.id))
    await autosaver.flush()

    expect(log.puts).toEqual([{ store: 'stories', key: two.id }])
    expect(log.deletes).toEqual([])
    expect(log.transactions).toBe(1)
  })

  it('rewrites a story when a post it shows got a new snapshot', async () => {
    const one = makeStory('One', [postA])
    const two = makeStory('Two', [postB])
    const baseline = workspaceOf([one, two], [postA, postB])
    const { db: counted, log } = instrument(db)
    const autosaver = createAutosaver({ db: counted, baseline })

    const refreshed = {
      ...postA,
      availability: { state: 'unavailable' as const, reason: 'deleted' as const },
    }
    autosaver.schedule({ ...baseline, posts: { ...baseline.posts, [postA.id]: refreshed } })
    await autosaver.flush()

    expect(log.puts).toEqual([{ store: 'stories', key: one.id }])
    expect((await loadWorkspace(db)).posts[postA.id]).toEqual(refreshed)
  })

  it('writes activeStoryId only when it changed', async () => {
    const one = makeStory('One')
    const two = makeStory('Two')
    const baseline = workspaceOf([one, two], [], one.id)
    const { db: counted, log } = instrument(db)
    const autosaver = createAutosaver({ db: counted, baseline })

    autosaver.schedule({ ...baseline, activeStoryId: two.id })
    await autosaver.flush()
    expect(log.puts).toEqual([{ store: 'meta', key: 'activeStoryId' }])
    expect(await db.get('meta', 'activeStoryId')).toBe(two.id)

    log.puts = []
    autosaver.schedule({ ...baseline, activeStoryId: two.id })
    await autosaver.flush()
    expect(log.puts).toEqual([])
  })

  it('deletes only the stories that disappeared, never records it was not told about', async () => {
    const one = makeStory('One')
    const two = makeStory('Two')
    const problem = { schemaVersion: SCHEMA_VERSION + 1, story: { id: 'from-the-future' } }
    await db.put('stories', problem as never, 'from-the-future')
    const { db: counted, log } = instrument(db)
    const autosaver = createAutosaver({ db: counted, baseline: workspaceOf([one, two], []) })

    autosaver.schedule(workspaceOf([one], []))
    await autosaver.flush()
    expect(log.deletes).toEqual([{ store: 'stories', key: two.id }])

    autosaver.schedule(workspaceOf([], []))
    await autosaver.flush()
    expect(await db.getAllKeys('stories')).toEqual(['from-the-future'])
    expect(await db.get('stories', 'from-the-future')).toEqual(problem)
  })

  it('writes after delayMs of quiet, reporting saving then saved', async () => {
    const clock = { now: 1_000 }
    const saver = statuses()
    const autosaver = createAutosaver({
      db,
      delayMs: 50,
      onStatus: saver.onStatus,
      now: () => clock.now,
    })
    const one = makeStory('One')
    autosaver.schedule(workspaceOf([one], []))
    expect(await db.get('stories', one.id)).toBeUndefined()

    await nextStatus(saver, 'saved')
    expect(saver.seen).toEqual([
      { state: 'saving', savedAt: undefined },
      { state: 'saved', savedAt: new Date(1_000).toISOString() },
    ])
    expect(await db.get('stories', one.id)).toBeDefined()
  })

  describe('with fake timers', () => {
    beforeEach(() => {
      // fake-indexeddb schedules with setImmediate, which stays real.
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    })
    afterEach(() => {
      vi.useRealTimers()
    })

    it('saves within maxWaitMs even while changes keep coming every 100 ms', async () => {
      const saver = statuses()
      const autosaver = createAutosaver({
        db,
        delayMs: 400,
        maxWaitMs: 800,
        onStatus: saver.onStatus,
      })
      let story = makeStory('Typing')
      const startedAt = Date.now()
      let firstWriteAt: number | undefined
      for (let tick = 0; tick < 15; tick += 1) {
        story = renameStory(story, `Typing ${tick}`, NOW)
        autosaver.schedule(workspaceOf([story], []))
        await vi.advanceTimersByTimeAsync(100)
        if (firstWriteAt === undefined && saver.seen.length > 0) firstWriteAt = Date.now()
      }
      expect(firstWriteAt).toBeDefined()
      expect(firstWriteAt! - startedAt).toBeLessThanOrEqual(800)

      await autosaver.flush()
      expect((await loadWorkspace(db)).stories).toEqual([story])
    })

    it('waits for delayMs of quiet before writing', async () => {
      const saver = statuses()
      const autosaver = createAutosaver({ db, delayMs: 400, onStatus: saver.onStatus })
      autosaver.schedule(workspaceOf([makeStory('One')], []))
      await vi.advanceTimersByTimeAsync(399)
      expect(saver.seen).toEqual([])
      await vi.advanceTimersByTimeAsync(1)
      expect(saver.seen.map((status) => status.state)).toEqual(['saving'])
    })

    it('flush cancels the timer and writes at once', async () => {
      const { db: counted, log } = instrument(db)
      const autosaver = createAutosaver({ db: counted, delayMs: 400 })
      const one = makeStory('One')
      autosaver.schedule(workspaceOf([one], []))
      await autosaver.flush()
      expect(await db.get('stories', one.id)).toBeDefined()
      await vi.advanceTimersByTimeAsync(1_000)
      expect(log.transactions).toBe(1)
    })

    it('dispose cancels the pending write', async () => {
      const autosaver = createAutosaver({ db, delayMs: 400 })
      const one = makeStory('One')
      autosaver.schedule(workspaceOf([one], []))
      autosaver.dispose()
      await vi.advanceTimersByTimeAsync(1_000)
      await autosaver.flush()
      expect(await db.get('stories', one.id)).toBeUndefined()
    })
  })

  it('flush resolves once the data is readable, from another connection too', async () => {
    const one = makeStory('One')
    const autosaver = createAutosaver({ db, delayMs: 10_000 })
    autosaver.schedule(workspaceOf([one], []))
    await autosaver.flush()
    expect(await db.get('stories', one.id)).toBeDefined()
  })

  it('never runs two writes at once, and the last snapshot wins', async () => {
    const { db: counted, log } = instrument(db)
    const autosaver = createAutosaver({ db: counted })
    let story = makeStory('One')
    const flushes: Promise<void>[] = []
    for (let index = 0; index < 5; index += 1) {
      story = renameStory(story, `One ${index}`, NOW)
      autosaver.schedule(workspaceOf([story], []))
      flushes.push(autosaver.flush())
    }
    await Promise.all(flushes)
    expect(log.maxConcurrent).toBe(1)
    // The first write runs at once; the other four flushes share the one write queued behind it.
    expect(log.transactions).toBe(2)
    expect((await loadWorkspace(db)).stories).toEqual([story])
  })

  it('reports a full disk as quota, writes nothing of the failed batch, and retries on flush', async () => {
    const one = makeStory('One', [postA])
    const two = makeStory('Two', [postB])
    const baseline = workspaceOf([one, two], [postA, postB])
    await db.put('stories', { schemaVersion: 1, story: one, posts: { [postA.id]: postA } }, one.id)
    await db.put('stories', { schemaVersion: 1, story: two, posts: { [postB.id]: postB } }, two.id)
    const tools = instrument(db)
    const saver = statuses()
    const autosaver = createAutosaver({ db: tools.db, baseline, onStatus: saver.onStatus })

    const oneRenamed = renameStory(one, 'One, renamed', LATER)
    const twoRenamed = renameStory(two, 'Two, renamed', LATER)
    tools.failPut(2)
    autosaver.schedule(workspaceOf([oneRenamed, twoRenamed], [postA, postB]))
    expect(autosaver.hasUnsavedChanges()).toBe(true)
    await expect(autosaver.flush()).resolves.toBeUndefined()
    // A tab asked to hand over reads this: the renames exist only in memory.
    expect(autosaver.hasUnsavedChanges()).toBe(true)

    expect(saver.seen.at(-1)).toEqual({
      state: 'error',
      savedAt: undefined,
      error: { kind: 'quota', message: QUOTA_MESSAGE, cause: expect.any(DOMException) },
    })
    // The first put was issued before the second failed: the abort undid it.
    expect((await loadWorkspace(db)).stories.map((story) => story.title).sort()).toEqual([
      'One',
      'Two',
    ])

    tools.failPut(undefined)
    await autosaver.flush()
    expect(saver.seen.at(-1)?.state).toBe('saved')
    expect(autosaver.hasUnsavedChanges()).toBe(false)
    expect((await loadWorkspace(db)).stories.map((story) => story.title).sort()).toEqual([
      'One, renamed',
      'Two, renamed',
    ])
  })

  it('reports a failure when the connection was closed, and does not reject', async () => {
    const saver = statuses()
    const autosaver = createAutosaver({ db, onStatus: saver.onStatus })
    db.close()
    autosaver.schedule(workspaceOf([makeStory('One')], []))
    await autosaver.flush()
    expect(saver.seen.at(-1)).toMatchObject({ state: 'error', error: { kind: 'unknown' } })
    expect(saver.seen.at(-1)?.error?.message).toMatch(/storage connection was closed/)
  })

  it('refuses to write a story that would not load back, and saves the others', async () => {
    const good = makeStory('Good', [postA])
    const broken = insertBlock(makeStory('Broken'), createPostBlock('sample:missing'), 0, LATER)
    const saver = statuses()
    const autosaver = createAutosaver({ db, onStatus: saver.onStatus })
    autosaver.schedule(workspaceOf([good, broken], [postA]))
    await autosaver.flush()

    expect(await db.get('stories', good.id)).toBeDefined()
    expect(await db.get('stories', broken.id)).toBeUndefined()
    expect(saver.seen.at(-1)).toMatchObject({ state: 'error', error: { kind: 'unknown' } })
    expect(saver.seen.at(-1)?.error?.message).toMatch(/“Broken” could not be saved/)
  })

  it('reports saved again once the workspace is back in step after an error', async () => {
    const one = makeStory('One')
    const baseline = workspaceOf([one], [])
    const tools = instrument(db)
    const saver = statuses()
    const autosaver = createAutosaver({ db: tools.db, baseline, onStatus: saver.onStatus })
    tools.failPut(1)
    autosaver.schedule(workspaceOf([renameStory(one, 'Renamed', LATER)], []))
    await autosaver.flush()
    expect(saver.seen.at(-1)?.state).toBe('error')

    autosaver.schedule(baseline) // undo
    await autosaver.flush()
    expect(saver.seen.at(-1)?.state).toBe('saved')
  })
})

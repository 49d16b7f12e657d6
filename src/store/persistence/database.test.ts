import { openDB } from 'idb'
import { describe, expect, it, vi } from 'vitest'
import { openStoryDatabase, type VersionChangeKind } from './database'
import { describeOpenError } from './errors'
import { uniqueDatabaseName } from './testFixtures'

describe('openStoryDatabase', () => {
  it('creates the stories and meta stores at version 1', async () => {
    const db = await openStoryDatabase(uniqueDatabaseName())
    expect(db.version).toBe(1)
    expect([...db.objectStoreNames].sort()).toEqual(['meta', 'stories'])
    db.close()
  })

  it('keeps what it stored when opened again', async () => {
    const name = uniqueDatabaseName()
    const first = await openStoryDatabase(name)
    await first.put('meta', 'story-1', 'activeStoryId')
    first.close()
    const second = await openStoryDatabase(name)
    expect(await second.get('meta', 'activeStoryId')).toBe('story-1')
    second.close()
  })

  it('closes itself and says so when a newer version wants to upgrade', async () => {
    const name = uniqueDatabaseName()
    const onVersionChange = vi.fn<(kind: VersionChangeKind) => void>()
    const db = await openStoryDatabase(name, { onVersionChange })

    const newer = await openDB(name, 2)
    expect(onVersionChange).toHaveBeenCalledWith('blocking')
    expect(() => db.transaction('stories')).toThrow()
    newer.close()
  })

  it('rejects with a VersionError that reads as "newer" when a newer Storyloom upgraded it', async () => {
    const name = uniqueDatabaseName()
    ;(await openDB(name, 2, { upgrade: (db) => void db.createObjectStore('stories') })).close()

    const error: unknown = await openStoryDatabase(name).catch((caught: unknown) => caught)
    expect(error).toMatchObject({ name: 'VersionError' })
    expect(describeOpenError(error).kind).toBe('newer')
  })
})

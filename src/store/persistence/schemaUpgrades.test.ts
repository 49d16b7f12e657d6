import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { Block } from '../../domain/block'
import { SCHEMA_VERSION } from '../../domain/schema'
import { richTextToPlainText } from '../../domain/richText'
import { loadWorkspace } from './loadWorkspace'
import { openTestDatabase } from './testFixtures'

/**
 * "Opening data from every earlier schema version upgrades it" (R3). `schemaFixtures/` holds a
 * record as each shipped schema version wrote it, `v<version>.json`, and what the current code
 * must read from it. Fixtures are never edited or removed: bumping SCHEMA_VERSION means adding
 * a migration and the fixture of the new version, and every older fixture must still load.
 */

interface SchemaFixture {
  description: string
  record: { schemaVersion: number; story: { id: string } }
  expected: { title: string; blocks: string[]; postIds: string[] }
}

const FOLDER = join(dirname(fileURLToPath(import.meta.url)), 'schemaFixtures')
const fixtures = readdirSync(FOLDER)
  .map((file) => ({ file, version: Number(/^v(\d+)\.json$/.exec(file)?.[1]) }))
  .filter(({ version }) => Number.isInteger(version))
  .sort((a, b) => a.version - b.version)
  .map(({ file, version }) => ({
    version,
    fixture: JSON.parse(readFileSync(join(FOLDER, file), 'utf8')) as SchemaFixture,
  }))

const describeBlock = (block: Block) =>
  block.type === 'post'
    ? `post:${block.postId}`
    : block.type === 'text'
      ? `text:${richTextToPlainText(block.content).trim()}`
      : `section:${block.title}`

const storeRaw = async (records: Record<string, unknown>) => {
  const db = await openTestDatabase()
  const tx = db.transaction('stories', 'readwrite')
  for (const [key, record] of Object.entries(records))
    await tx.objectStore('stories').put(record as never, key)
  await tx.done
  return db
}

describe('schema fixtures', () => {
  it('has one for every shipped version, 1 to the current one', () => {
    expect(fixtures.map(({ version }) => version)).toEqual(
      Array.from({ length: SCHEMA_VERSION }, (_, index) => index + 1),
    )
    for (const { version, fixture } of fixtures) expect(fixture.record.schemaVersion).toBe(version)
  })
})

describe.each(fixtures)('a record written at schema version $version', ({ version, fixture }) => {
  it('opens with the current code, content intact', async () => {
    const db = await storeRaw({ [fixture.record.story.id]: fixture.record })
    const loaded = await loadWorkspace(db)
    expect(loaded.problems).toEqual([])
    expect(loaded.writeBackError).toBeUndefined()
    const [story] = loaded.stories
    expect(story?.title).toBe(fixture.expected.title)
    expect(story?.blocks.map(describeBlock)).toEqual(fixture.expected.blocks)
    expect(Object.keys(loaded.posts).sort()).toEqual([...fixture.expected.postIds].sort())
    db.close()
  })

  it('is stored back at the current version, and loads the same again', async () => {
    const db = await storeRaw({ [fixture.record.story.id]: fixture.record })
    const first = await loadWorkspace(db)
    const stored = (await db.get('stories', fixture.record.story.id)) as unknown as {
      schemaVersion: number
    }
    expect(stored.schemaVersion).toBe(SCHEMA_VERSION)
    if (version === SCHEMA_VERSION) expect(stored).toEqual(fixture.record) // nothing rewritten
    const second = await loadWorkspace(db)
    expect(second.stories).toEqual(first.stories)
    expect(second.posts).toEqual(first.posts)
    db.close()
  })
})

describe('a record from a newer Storyloom', () => {
  it('is listed as unreadable and left untouched, never rewritten at an older version', async () => {
    const newest = fixtures.at(-1)!.fixture.record
    const fromTheFuture = { ...newest, schemaVersion: SCHEMA_VERSION + 1, addedLater: { x: 1 } }
    const db = await storeRaw({ [newest.story.id]: fromTheFuture })
    const loaded = await loadWorkspace(db)
    expect(loaded.stories).toEqual([])
    expect(loaded.problems).toMatchObject([{ storyId: newest.story.id, kind: 'newer' }])
    expect(loaded.problems[0]?.message).toContain('newer version of Storyloom')
    expect(await db.get('stories', newest.story.id)).toEqual(fromTheFuture)
    db.close()
  })
})

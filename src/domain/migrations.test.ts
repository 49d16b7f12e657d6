import { describe, expect, it } from 'vitest'
import { MIGRATIONS, migrateStoredStory, type Migration } from './migrations'
import { SCHEMA_VERSION } from './schema'
import { deepFreeze, makeStoredStory } from './testArbitraries'

/** A document as version 0 would have written it: the story title was called `name`. */
const versionZeroDocument = () => {
  const { story, posts } = makeStoredStory()
  const { title, ...rest } = story
  return { schemaVersion: 0, story: { ...rest, name: title }, posts }
}

/** Version 0 → 1: renames `story.name` to `story.title`. */
const renameNameToTitle: Migration = (doc) => {
  const { name, ...story } = doc.story as Record<string, unknown>
  return { ...doc, story: { ...story, title: name } }
}

describe('migrateStoredStory', () => {
  it('ships no migrations while version 1 is the only schema', () => {
    expect(SCHEMA_VERSION).toBe(1)
    expect(MIGRATIONS).toEqual({})
  })

  it('validates a current-version record without migrating it', () => {
    const stored = makeStoredStory()
    const result = migrateStoredStory(deepFreeze(structuredClone(stored)))
    expect(result).toEqual({ ok: true, value: stored })
    expect(result).not.toHaveProperty('migratedFrom')
  })

  it('refuses a record written by a newer version, naming both versions', () => {
    const result = migrateStoredStory({ ...makeStoredStory(), schemaVersion: SCHEMA_VERSION + 1 })
    expect(result).toMatchObject({ ok: false, problem: 'newer', version: SCHEMA_VERSION + 1 })
    if (result.ok) throw new Error('expected a failure')
    expect(result.message).toContain(`schema ${SCHEMA_VERSION + 1}`)
    expect(result.message).toContain(`up to ${SCHEMA_VERSION}`)
  })

  it.each([
    ['null', null],
    ['a string', '{"schemaVersion":1}'],
    ['a number', 1],
    ['an array', [makeStoredStory()]],
    ['undefined', undefined],
  ])('calls %s corrupt', (_label, raw) => {
    expect(migrateStoredStory(raw)).toEqual({
      ok: false,
      problem: 'corrupt',
      message: 'The record is not an object.',
    })
  })

  it.each([
    ['a missing version', undefined],
    ['a negative version', -1],
    ['a fractional version', 0.5],
    ['a version written as a string', '1'],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
  ])('calls a record with %s corrupt', (_label, schemaVersion) => {
    const raw: Record<string, unknown> = { ...makeStoredStory(), schemaVersion }
    if (schemaVersion === undefined) delete raw.schemaVersion
    expect(migrateStoredStory(raw)).toEqual({
      ok: false,
      problem: 'corrupt',
      message: 'The record has no valid schema version.',
    })
  })

  it('calls a current-version record that fails validation corrupt, saying why', () => {
    const stored = makeStoredStory()
    const result = migrateStoredStory({ ...stored, story: { ...stored.story, createdAt: 'soon' } })
    expect(result).toEqual({
      ok: false,
      problem: 'corrupt',
      message: 'story.createdAt: Invalid timestamp: Received "soon"',
    })
  })

  it('upgrades an older document through the migration table, then validates it', () => {
    const raw = deepFreeze(versionZeroDocument())
    const result = migrateStoredStory(raw, { 0: renameNameToTitle })
    expect(result).toEqual({ ok: true, value: makeStoredStory(), migratedFrom: 0 })
    if (!result.ok) throw new Error('expected success')
    expect(result.value.schemaVersion).toBe(SCHEMA_VERSION)
    expect(result.value.story.title).toBe('A day at the lake')
  })

  it('runs each step in order, stamping every intermediate version', () => {
    const seen: unknown[] = []
    const step =
      (label: string): Migration =>
      (doc) => {
        seen.push([label, doc.schemaVersion])
        return doc
      }
    const stored = makeStoredStory()
    const result = migrateStoredStory(
      { ...stored, schemaVersion: 0 },
      { 0: step('zero'), 1: step('one'), 2: step('two') },
      3,
    )
    expect(seen).toEqual([
      ['zero', 0],
      ['one', 1],
      ['two', 2],
    ])
    // Version 3 is not what the schema accepts, so the final validation refuses it.
    expect(result).toMatchObject({ ok: false, problem: 'corrupt' })
  })

  it('sets the version itself, whatever a migration returns', () => {
    const forgetful: Migration = (doc) => ({ ...renameNameToTitle(doc), schemaVersion: 42 })
    const result = migrateStoredStory(versionZeroDocument(), { 0: forgetful })
    expect(result).toMatchObject({ ok: true, migratedFrom: 0 })
  })

  it('calls a document corrupt when a migration throws, quoting the error', () => {
    const result = migrateStoredStory(versionZeroDocument(), {
      0: () => {
        throw new Error('story.name is missing')
      },
    })
    expect(result).toEqual({
      ok: false,
      problem: 'corrupt',
      message: 'Upgrading from schema 0 failed: Error: story.name is missing',
    })
  })

  it('calls a document corrupt when no upgrade step exists for its version', () => {
    expect(migrateStoredStory(versionZeroDocument())).toEqual({
      ok: false,
      problem: 'corrupt',
      message: 'No upgrade exists from schema version 0.',
    })
    expect(
      migrateStoredStory({ ...makeStoredStory(), schemaVersion: 0 }, { 1: (doc) => doc }, 2),
    ).toEqual({
      ok: false,
      problem: 'corrupt',
      message: 'No upgrade exists from schema version 0.',
    })
  })

  it('calls a migrated document that still fails validation corrupt', () => {
    const result = migrateStoredStory(versionZeroDocument(), { 0: (doc) => doc })
    expect(result).toEqual({
      ok: false,
      problem: 'corrupt',
      message: expect.stringMatching(/title/),
    })
  })

  it('does not mutate the document it upgrades', () => {
    const raw = versionZeroDocument()
    const snapshot = structuredClone(raw)
    migrateStoredStory(deepFreeze(raw), { 0: renameNameToTitle })
    expect(raw).toEqual(snapshot)
  })
})

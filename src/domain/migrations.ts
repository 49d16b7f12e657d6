import * as v from 'valibot'
import { describeIssues, SCHEMA_VERSION, storedStorySchema, type StoredStory } from './schema'

/** Upgrades a raw document written at `version` to `version + 1`. */
export type Migration = (document: Record<string, unknown>) => Record<string, unknown>

/**
 * Keyed by the version a migration upgrades from. Version 1 is the first shipped schema,
 * so the table is empty; the first change adds `1: (doc) => ...` here and a test beside it.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {}

export type MigrationResult =
  | { ok: true; value: StoredStory; migratedFrom?: number }
  | { ok: false; problem: 'corrupt' | 'newer'; message: string; version?: number }

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Validates a stored story document, upgrading it first when an older version wrote it. */
export const migrateStoredStory = (
  raw: unknown,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  currentVersion: number = SCHEMA_VERSION,
): MigrationResult => {
  if (!isRecord(raw))
    return { ok: false, problem: 'corrupt', message: 'The record is not an object.' }
  const version = raw.schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ok: false, problem: 'corrupt', message: 'The record has no valid schema version.' }
  }
  if (version > currentVersion) {
    return {
      ok: false,
      problem: 'newer',
      version,
      message: `This story was saved by a newer version of Storyloom (schema ${version}; this one reads up to ${currentVersion}).`,
    }
  }
  let document = raw
  for (let from = version; from < currentVersion; from += 1) {
    const migration = migrations[from]
    if (!migration) {
      return {
        ok: false,
        problem: 'corrupt',
        message: `No upgrade exists from schema version ${from}.`,
      }
    }
    try {
      document = { ...migration(document), schemaVersion: from + 1 }
    } catch (error) {
      return {
        ok: false,
        problem: 'corrupt',
        message: `Upgrading from schema ${from} failed: ${String(error)}`,
      }
    }
  }
  const parsed = v.safeParse(storedStorySchema, document)
  if (!parsed.success)
    return { ok: false, problem: 'corrupt', message: describeIssues(parsed.issues) }
  return version < currentVersion
    ? { ok: true, value: parsed.output, migratedFrom: version }
    : { ok: true, value: parsed.output }
}

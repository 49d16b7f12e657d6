import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** Absolute path of a file in the recorded fixture set (`src/test/fixtures`). */
export const fixturePath = (relative: string): string =>
  fileURLToPath(new URL(`./fixtures/${relative}`, import.meta.url))

/** A recorded JSON payload, parsed. */
export const readFixtureJson = (relative: string): unknown =>
  JSON.parse(readFileSync(fixturePath(relative), 'utf8')) as unknown

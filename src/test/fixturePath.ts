import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

// Not `new URL(`./fixtures/${relative}`, import.meta.url)`: Vite rewrites that pattern into a
// one-level glob, so any path inside a subfolder came back as `undefined`.
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures')

/** Absolute path of a file in the recorded fixture set (`src/test/fixtures`). */
export const fixturePath = (relative: string): string => join(FIXTURES, relative)

/** A recorded JSON payload, parsed. */
export const readFixtureJson = (relative: string): unknown =>
  JSON.parse(readFileSync(fixturePath(relative), 'utf8')) as unknown

/**
 * Test support (Node only; kept out of the app build by its `test` prefix): a recorded fixture
 * as a `RecordedResponse`, with the status and headers its `.meta.json` holds.
 */
import { existsSync } from 'node:fs'
import { fixturePath, readFixtureJson } from '../../test/fixturePath'
import type { RecordedResponse } from './replayTransport'

interface FixtureMeta {
  response?: { status?: number; headers?: Record<string, string | null> }
}

/** `relative` is a path under `src/test/fixtures`, e.g. `mastodon/rtoot-poll.json`. */
export const recordedFixture = (relative: string): RecordedResponse => {
  const body = readFixtureJson(relative)
  const metaPath = relative.replace(/\.json$/, '.meta.json')
  if (!existsSync(fixturePath(metaPath))) return { status: 200, headers: {}, body }
  const meta = readFixtureJson(metaPath) as FixtureMeta
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(meta.response?.headers ?? {})) {
    if (typeof value === 'string') headers[name] = value
  }
  return { status: meta.response?.status ?? 200, headers, body }
}

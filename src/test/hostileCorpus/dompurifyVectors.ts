import { readFixtureJson } from '../fixturePath'
import type { HostileVector } from './hostileVector'

interface RecordedVector {
  title?: string
  payload: string
}

/** DOMPurify's own test vectors (`test/fixtures/expect.mjs`), as recorded in the fixtures. */
export const dompurifyVectors = (): HostileVector[] =>
  (readFixtureJson('xss/dompurify-vectors.json') as RecordedVector[]).map((vector, index) => ({
    id: `dompurify-${index}`,
    origin: 'dompurify',
    title: vector.title ?? `DOMPurify vector ${index}`,
    payload: vector.payload,
  }))

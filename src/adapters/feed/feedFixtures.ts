import { readFileSync } from 'node:fs'
import { fixturePath } from '../../test/fixturePath'

/** Test support: a recorded feed's bytes, exactly as served (encodings matter here). */
export const feedBytes = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(fixturePath(`rss/${name}`)))

import { cheatSheetVectors } from './cheatSheetVectors'
import { dompurifyVectors } from './dompurifyVectors'
import { feedparserVectors } from './feedparserVectors'
import type { HostileVector } from './hostileVector'

export type { HostileVector } from './hostileVector'
export { EXECUTION_PROBE } from './hostileVector'

let corpus: HostileVector[] | undefined

/**
 * Every hostile input we push through the editor's paths (issue 8): DOMPurify's test vectors,
 * feedparser's sanitising cases and our own cheat-sheet payloads, without duplicate payloads.
 */
export const loadHostileCorpus = (): HostileVector[] => {
  if (corpus) return corpus
  const seen = new Set<string>()
  corpus = [...dompurifyVectors(), ...feedparserVectors(), ...cheatSheetVectors()].filter(
    (vector) => {
      if (seen.has(vector.payload)) return false
      seen.add(vector.payload)
      return true
    },
  )
  return corpus
}

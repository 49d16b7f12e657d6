import { describe, expect, it } from 'vitest'
import { EXECUTION_PROBE, loadHostileCorpus } from './hostileCorpus'

describe('the hostile corpus', () => {
  const corpus = loadHostileCorpus()

  it('holds at least 700 distinct vectors from the three sources', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(700)
    expect(new Set(corpus.map((vector) => vector.payload)).size).toBe(corpus.length)
    expect(new Set(corpus.map((vector) => vector.id)).size).toBe(corpus.length)
    const count = (origin: string) => corpus.filter((vector) => vector.origin === origin).length
    expect(count('dompurify')).toBeGreaterThanOrEqual(200)
    expect(count('feedparser')).toBe(4)
    expect(count('cheat-sheet')).toBeGreaterThanOrEqual(480)
  })

  it('gives each of our own vectors a probe call with its own number', () => {
    for (const vector of corpus.filter((each) => each.origin === 'cheat-sheet')) {
      const number = vector.id.replace('cheat-sheet-', '')
      if (vector.payload.includes(EXECUTION_PROBE))
        expect(vector.payload, vector.title).toContain(`${EXECUTION_PROBE}(${number})`)
    }
  })

  // Some DOMPurify vectors check that harmless markup survives; the rest would run script.
  it('is mostly script that would run if it reached a page unsanitised', () => {
    const armed = corpus.filter((vector) =>
      /on[a-z]+\s*=|javascript|<script|vbscript|data:text\/html|expression\(/i.test(vector.payload),
    )
    expect(armed.length / corpus.length).toBeGreaterThan(0.75)
  })
})

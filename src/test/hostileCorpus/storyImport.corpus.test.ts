/** Issue 8: the hostile corpus through "Import story" (parse, validate, prepare, render). */
import { describe, expect, it } from 'vitest'
import { buildExportDocument } from '../../domain/exportDocument'
import { CORPUS_TIMEOUT, CorpusRun, expectClean } from './corpusChecks'
import { loadHostileCorpus } from './hostileCorpus'
import { hostileStory, importAndRender, NOW, VARIANTS } from './hostileStory'

const corpus = loadHostileCorpus()

describe('a hostile story', () => {
  it(
    `Import story: ${corpus.length} vectors × story, section, commentary and post fields`,
    () => {
      const run = new CorpusRun()
      const outcomes: Record<string, number> = {}
      for (const vector of corpus)
        for (const [hostileUrls, field] of VARIANTS) {
          const { story, posts } = hostileStory(vector.payload, hostileUrls)
          const text = JSON.stringify(buildExportDocument(story, posts, {}, NOW))
          const outcome = run.guard(vector, `import, ${field}`, () =>
            importAndRender(run, vector, `import, ${field}`, text),
          )
          if (outcome)
            outcomes[`${field}: ${outcome}`] = (outcomes[`${field}: ${outcome}`] ?? 0) + 1
        }
      expectClean(run)
      // Hostile text is data: every such story imports. A hostile URL may also be refused whole.
      expect(outcomes['text fields: imported']).toBe(corpus.length)
      expect(Object.keys(outcomes).every((key) => /: (?:imported|invalid)$/.test(key))).toBe(true)
    },
    CORPUS_TIMEOUT,
  )
})

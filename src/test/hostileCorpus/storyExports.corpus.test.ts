/** Issue 8: the hostile corpus through the Markdown and JSON exports, and the JSON re-imported. */
import { describe, expect, it } from 'vitest'
import { exportJson } from '../../exporters/json'
import { storyToMarkdown } from '../../exporters/markdown'
import { fakeFetcher, FIXED_NOW } from '../../exporters/testStory'
import { CORPUS_TIMEOUT, CorpusRun, expectClean } from './corpusChecks'
import { loadHostileCorpus } from './hostileCorpus'
import { hostileStory, importAndRender, VARIANTS } from './hostileStory'

const corpus = loadHostileCorpus()

describe('a hostile story', () => {
  it(
    `Markdown export: ${corpus.length} vectors, no raw HTML and no scripted link`,
    () => {
      const run = new CorpusRun()
      for (const vector of corpus)
        for (const [hostileUrls, field] of VARIANTS)
          run.guard(vector, field, () => {
            const markdown = storyToMarkdown({
              ...hostileStory(vector.payload, hostileUrls),
              locale: 'en',
            })
            if (markdown.includes('<')) run.add(vector, `Markdown, ${field}`, 'raw <')
            for (const [, target] of markdown.matchAll(/(?<!\\)\]\(([^)]*)\)/g))
              if (!/^(?:https?:|mailto:)/.test(target ?? ''))
                run.add(vector, `Markdown, ${field}`, `link target ${target}`)
          })
      expectClean(run)
    },
    CORPUS_TIMEOUT,
  )

  it(
    `JSON export: ${corpus.length} vectors stay data, and the file re-imports safe`,
    async () => {
      const run = new CorpusRun()
      let reimported = 0
      for (const vector of corpus)
        for (const [hostileUrls, field] of VARIANTS) {
          const { story, posts } = hostileStory(vector.payload, hostileUrls)
          const result = await exportJson({
            story,
            posts,
            locale: 'en',
            theme: { id: 'light' },
            fetchMedia: fakeFetcher(),
            now: () => FIXED_NOW,
          })
          if (result.kind !== 'file') throw new Error('expected a file')
          const text = await result.file.content.text()
          if (text.includes('<')) run.add(vector, `JSON, ${field}`, 'raw < in the file')
          const media = (JSON.parse(text) as { media: Record<string, string> }).media
          for (const key of Object.keys(media))
            if (!/^https?:/.test(key)) run.add(vector, `JSON, ${field}`, `fetched ${key}`)
          if (
            run.guard(vector, `JSON re-import, ${field}`, () =>
              importAndRender(run, vector, `JSON re-import, ${field}`, text),
            ) === 'imported'
          )
            reimported += 1
        }
      expectClean(run)
      expect(reimported).toBeGreaterThanOrEqual(corpus.length)
    },
    CORPUS_TIMEOUT,
  )
})

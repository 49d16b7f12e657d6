/**
 * Issue 8: every vector of the hostile corpus in the comments a thread brings in, through the
 * real thread and comment mapping and the real post card: a Reddit thread's top-level comments
 * (`body`, `body_html` as Reddit sends it with and without `raw_json`, `author`) and Hacker News
 * comments (`text`, `by`). Lemmy has no comment mapping yet (its adapter refuses comment links),
 * so it has nothing to cover here. One test per path lists every vector that got through, by id
 * and field, and counts the comments mapped, so a path cannot pass by dropping everything.
 */
import { describe, expect, it } from 'vitest'
import { mapHackerNewsItem } from '../../adapters/hackernews/mapHackerNewsItem'
import type { RawObject } from '../../adapters/reddit/redditFields'
import { threadPosts } from '../../adapters/reddit/redditListing'
import type { Post } from '../../domain/post'
import { readFixtureJson } from '../fixturePath'
import { CORPUS_TIMEOUT, CorpusRun, expectClean, FETCHED_AT } from './corpusChecks'
import { loadHostileCorpus } from './hostileCorpus'

const corpus = loadHostileCorpus()

describe('Reddit thread comments', () => {
  type Listing = { kind: string; data: { children: { kind: string; data: RawObject }[] } }
  const thread = readFixtureJson('reddit/go-reddit-post-with-comments.json') as [Listing, Listing]
  const template = thread[1].data.children[0]!.data
  const escapeHtml = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

  const md = (payload: string) => `<div class="md">${payload}</div>`

  /**
   * Each comment's fullname ends with its variant, which names the field in a failure. Without
   * raw_json Reddit escapes the whole body_html once more; with it, the HTML comes raw.
   */
  const VARIANTS = {
    e: [
      'body, author, escaped body_html (no raw_json)',
      (payload: string) => escapeHtml(md(payload)),
    ],
    r: ['body, author, raw body_html (raw_json=1)', md],
    p: ['body, author, no body_html', () => undefined],
  } as const

  const commentOf = (payload: string, variant: keyof typeof VARIANTS) => {
    const bodyHtml = VARIANTS[variant][1](payload)
    const { body_html: _templateHtml, ...rest } = template
    return {
      kind: 't1',
      data: {
        ...rest,
        name: `t1_hostile${variant}`,
        id: `hostile${variant}`,
        body: payload,
        author: payload,
        ...(bodyHtml === undefined ? {} : { body_html: bodyHtml }),
      },
    }
  }

  it(
    `keeps ${corpus.length} vectors inert in top-level comments' body, body_html and author`,
    () => {
      const run = new CorpusRun()
      let mapped = 0
      for (const vector of corpus) {
        const { payload } = vector
        const comments = run.guard(vector, 'thread', () =>
          threadPosts(
            [
              thread[0],
              {
                ...thread[1],
                data: {
                  ...thread[1].data,
                  children: (['e', 'r', 'p'] as const).map((variant) =>
                    commentOf(payload, variant),
                  ),
                },
              },
            ],
            FETCHED_AT,
            true,
          ).slice(1),
        )
        for (const comment of comments ?? []) {
          const variant = comment.id.slice(-1) as keyof typeof VARIANTS
          const field = VARIANTS[variant]?.[0] ?? comment.id
          run.post(vector, field, () => comment)
          mapped += 1
          if (payload.trim() !== '' && comment.author.name !== payload)
            run.add(vector, `${field}: author`, `shown as ${JSON.stringify(comment.author.name)}`)
        }
      }
      expectClean(run)
      expect(mapped).toBe(corpus.length * 3)
    },
    CORPUS_TIMEOUT,
  )
})

describe('Hacker News comments', () => {
  const api = 'https://hacker-news.firebaseio.com/v0'
  const template = readFixtureJson('hackernews/hn-readme-item-2921983.json') as RawObject
  const story = mapHackerNewsItem(readFixtureJson('hackernews/hn-readme-item-8863.json'), {
    fetchedAt: FETCHED_AT,
    api,
  })

  it(
    `keeps ${corpus.length} vectors inert in a comment's text and by`,
    () => {
      expect(story?.id).toBe('hackernews:8863')
      const parent = story as Post
      const run = new CorpusRun()
      let mapped = 0
      for (const vector of corpus) {
        const { payload } = vector
        // Mapped as the adapter maps a thread's answers: with the post they answer.
        const comment = run.post(vector, 'comment text, by', () =>
          mapHackerNewsItem(
            { ...template, text: payload, by: payload },
            {
              fetchedAt: FETCHED_AT,
              api,
              parent,
            },
          ),
        )
        if (!comment) continue
        mapped += 1
        if (comment.replyTo?.url !== parent.url)
          run.add(vector, 'comment', `answers ${JSON.stringify(comment.replyTo)}`)
        if (payload.trim() !== '' && comment.author.name !== payload)
          run.add(vector, 'by', `shown as ${JSON.stringify(comment.author.name)}`)
      }
      expectClean(run)
      expect(mapped).toBe(corpus.length)
    },
    CORPUS_TIMEOUT,
  )
})

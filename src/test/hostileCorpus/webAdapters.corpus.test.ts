/**
 * Issue 8: every vector of the hostile corpus in every untrusted field the adapter maps
 * (oEmbed, Reddit, Hacker News and Lemmy), through the real mapping and the real post card. One test per path lists every
 * vector that got through, by id and field, and counts what was mapped, so a path cannot pass by
 * dropping everything.
 */
import { describe, expect, it } from 'vitest'
import { mapHackerNewsItem } from '../../adapters/hackernews/mapHackerNewsItem'
import { mapPostView } from '../../adapters/lemmy/mapPostView'
import { mapOembed } from '../../adapters/oembed/mapOembed'
import { OEMBED_PROVIDERS } from '../../adapters/oembed/providers'
import { mapRedditPost } from '../../adapters/reddit/mapRedditPost'
import type { RawObject } from '../../adapters/reddit/redditFields'
import { readFixtureJson } from '../fixturePath'
import { CORPUS_TIMEOUT, CorpusRun, expectClean, FETCHED_AT } from './corpusChecks'
import { loadHostileCorpus } from './hostileCorpus'

const corpus = loadHostileCorpus()

describe('oEmbed mapping', () => {
  const youtube = OEMBED_PROVIDERS.find((provider) => provider.name === 'YouTube')!
  const template = readFixtureJson('oembed/ruby-oembed-youtube.json') as object

  it(
    `keeps ${corpus.length} vectors inert in title, author, html, provider and thumbnail`,
    () => {
      const run = new CorpusRun()
      let mapped = 0
      for (const vector of corpus) {
        const { payload } = vector
        for (const [field, data] of [
          ['text fields', { title: payload, author_name: payload, provider_name: payload }],
          [
            'html and URLs',
            { html: payload, thumbnail_url: payload, author_url: payload, provider_url: payload },
          ],
        ] as const)
          if (
            run.post(vector, field, () =>
              mapOembed({
                data: { ...template, ...data },
                page: new URL('https://www.youtube.com/watch?v=pO5L6vXtxsI'),
                provider: youtube,
                fetchedAt: FETCHED_AT,
              }),
            )
          )
            mapped += 1
      }
      expectClean(run)
      expect(mapped).toBe(corpus.length * 2)
    },
    CORPUS_TIMEOUT,
  )
})

describe('Reddit post mapping', () => {
  const listing = readFixtureJson('reddit/go-reddit-subreddit-posts.json') as {
    data: { children: { data: RawObject }[] }
  }
  const template = listing.data.children[0]!.data
  const escapeHtml = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

  it(
    `keeps ${corpus.length} vectors inert in title, selftext_html, author and url`,
    () => {
      const run = new CorpusRun()
      let mapped = 0
      for (const vector of corpus) {
        const { payload } = vector
        // Without raw_json Reddit escapes selftext_html once more; with it, the HTML comes raw.
        for (const [field, data] of [
          ['escaped selftext_html, title, author', { selftext_html: escapeHtml(payload) }],
          ['raw selftext_html, url, thumbnail', { selftext_html: payload, url: payload }],
        ] as const)
          if (
            run.post(vector, field, () =>
              mapRedditPost(
                {
                  ...template,
                  title: payload,
                  author: payload,
                  selftext: payload,
                  thumbnail: payload,
                  ...data,
                },
                { fetchedAt: FETCHED_AT },
              ),
            )
          )
            mapped += 1
      }
      expectClean(run)
      expect(mapped).toBe(corpus.length * 2)
    },
    CORPUS_TIMEOUT,
  )
})

describe('Hacker News item mapping', () => {
  it(
    `keeps ${corpus.length} vectors inert in text, title, by and url`,
    () => {
      const run = new CorpusRun()
      let mapped = 0
      for (const vector of corpus) {
        const { payload } = vector
        const post = run.post(vector, 'story text, title, by, url', () =>
          mapHackerNewsItem(
            {
              id: 8863,
              type: 'story',
              time: 1175714200,
              by: payload,
              title: payload,
              text: payload,
              url: payload,
            },
            { fetchedAt: FETCHED_AT, api: 'https://hacker-news.firebaseio.com/v0' },
          ),
        )
        if (!post) continue
        mapped += 1
        if (payload.trim() !== '' && post.author.name !== payload)
          run.add(vector, 'by', `shown as ${JSON.stringify(post.author.name)}`)
      }
      expectClean(run)
      expect(mapped).toBe(corpus.length)
    },
    CORPUS_TIMEOUT,
  )
})

describe('Lemmy post view mapping', () => {
  const template = readFixtureJson('lemmy/muffed-postview-sh-itjust-works.json') as Record<
    string,
    Record<string, unknown>
  >

  it(
    `keeps ${corpus.length} vectors inert in name, body markdown, url and creator`,
    () => {
      const run = new CorpusRun()
      let mapped = 0
      for (const vector of corpus) {
        const { payload } = vector
        if (
          run.post(vector, 'name, body, url, thumbnail, creator', () =>
            mapPostView(
              {
                ...template,
                post: {
                  ...template.post,
                  name: payload,
                  body: payload,
                  url: payload,
                  thumbnail_url: payload,
                  embed_title: payload,
                  embed_description: payload,
                },
                creator: { ...template.creator, display_name: payload, avatar: payload },
              },
              { server: 'https://lemmy.world', fetchedAt: FETCHED_AT },
            ),
          )
        )
          mapped += 1
      }
      expectClean(run)
      expect(mapped).toBe(corpus.length)
    },
    CORPUS_TIMEOUT,
  )
})

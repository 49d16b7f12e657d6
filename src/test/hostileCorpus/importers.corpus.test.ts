/**
 * Issue 8: the hostile corpus through the archive importers as the editor runs them: the
 * worker's `runArchiveImport` on a real archive layout, then `sanitizeArchiveBatch` on the main
 * thread, then the real post card. Owner names, post text, summaries, alt text and links all
 * carry the vectors.
 */
import { strToU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import type { Post } from '../../domain/post'
import { sanitizeArchiveBatch } from '../../importers/sanitizeArchiveBatch'
import { fileOf, importFile, zipOf, type ImportResult } from '../../importers/testArchiveImport'
import { CORPUS_TIMEOUT, CorpusRun, expectClean, renderPostMarkup } from './corpusChecks'
import { loadHostileCorpus, type HostileVector } from './hostileCorpus'

const corpus = loadHostileCorpus()

/** What the editor stores: every batch sanitised on the main thread, as the worker's client does. */
const sanitizedPosts = (result: ImportResult): Post[] =>
  result.events.flatMap((event) =>
    event.type === 'batch' ? sanitizeArchiveBatch(event.batch).posts : [],
  )

const checkAll = (
  run: CorpusRun,
  posts: Post[],
  vectorOf: (post: Post, index: number) => HostileVector,
  field: string,
) =>
  posts.forEach((post, index) => {
    const vector = vectorOf(post, index)
    run.guard(vector, field, () => run.check(vector, field, renderPostMarkup(post)))
  })

const tweet = (payload: string, index: number) => ({
  tweet: {
    id_str: String(1000 + index),
    created_at: 'Thu Nov 03 08:50:26 +0000 2022',
    full_text: payload,
    display_text_range: ['0', String(payload.length)],
    entities: {
      urls: [
        { url: 'https://t.co/x', expanded_url: payload, display_url: payload, indices: ['0', '0'] },
      ],
      user_mentions: [{ screen_name: payload, name: payload, indices: ['0', '0'] }],
      hashtags: [],
      media: [],
    },
    lang: 'en',
  },
})

const outboxItem = (payload: string, index: number) => ({
  id: `https://mastodon.example/users/mallory/statuses/${index}/activity`,
  type: 'Create',
  actor: 'https://mastodon.example/users/mallory',
  published: '2022-11-08T03:07:14Z',
  to: ['https://www.w3.org/ns/activitystreams#Public'],
  object: {
    id: `https://mastodon.example/users/mallory/statuses/${index}`,
    type: 'Note',
    summary: payload,
    published: '2022-11-08T03:07:14Z',
    url: payload,
    to: ['https://www.w3.org/ns/activitystreams#Public'],
    content: payload,
    attachment: [{ type: 'Document', mediaType: 'image/png', url: payload, name: payload }],
    tag: [{ type: 'Hashtag', href: payload, name: payload }],
  },
})

describe('archive imports', () => {
  it(
    `X/Twitter: ${corpus.length} archives whose owner name and one tweet carry a vector`,
    async () => {
      const run = new CorpusRun()
      let imported = 0
      for (const vector of corpus) {
        const result = await importFile(
          zipOf('twitter.zip', {
            'data/manifest.js': strToU8('window.__THAR_CONFIG = {}'),
            'data/account.js': strToU8(
              `window.YTD.account.part0 = ${JSON.stringify([{ account: { username: 'mallory', accountId: '1', accountDisplayName: vector.payload } }])}`,
            ),
            'data/tweets.js': strToU8(
              `window.YTD.tweets.part0 = ${JSON.stringify([tweet(vector.payload, 0)])}`,
            ),
          }),
        )
        if (result.failed)
          run.add(vector, 'twitter archive', `import failed: ${result.failed.detail}`)
        const posts = sanitizedPosts(result)
        imported += posts.length
        checkAll(run, posts, () => vector, 'full_text, entities, accountDisplayName')
        const name = posts[0]?.author.name
        if (posts[0] && vector.payload.trim() !== '' && name?.trim() !== vector.payload.trim())
          run.add(vector, 'accountDisplayName', `shown as ${JSON.stringify(name)}`)
      }
      expectClean(run)
      expect(imported).toBe(corpus.length)
    },
    CORPUS_TIMEOUT,
  )

  it(
    `Mastodon: ${corpus.length} archives whose actor name and one status carry a vector`,
    async () => {
      const run = new CorpusRun()
      let imported = 0
      for (const vector of corpus) {
        const result = await importFile(
          zipOf('mastodon.zip', {
            'actor.json': strToU8(
              JSON.stringify({
                id: 'https://mastodon.example/users/mallory',
                type: 'Person',
                preferredUsername: 'mallory',
                name: vector.payload,
                summary: vector.payload,
                url: vector.payload,
              }),
            ),
            'outbox.json': strToU8(
              JSON.stringify({
                type: 'OrderedCollection',
                orderedItems: [outboxItem(vector.payload, 0)],
              }),
            ),
          }),
        )
        if (result.failed)
          run.add(vector, 'mastodon archive', `import failed: ${result.failed.detail}`)
        const posts = sanitizedPosts(result)
        imported += posts.length
        checkAll(run, posts, () => vector, 'content, summary, url, attachment, tag, actor name')
      }
      expectClean(run)
      expect(imported).toBe(corpus.length)
    },
    CORPUS_TIMEOUT,
  )

  it(
    `Facebook: ${corpus.length} posts (as Meta writes them, UTF-8 read as Latin-1)`,
    async () => {
      // Meta's exports write UTF-8 bytes as \u00XX escapes; the importer repairs them.
      const mojibake = (text: string) => String.fromCharCode(...new TextEncoder().encode(text))
      const entries = corpus.map(({ payload }, index) => ({
        timestamp: 1276950712 + index,
        data: [{ post: mojibake(payload) }],
        attachments: [
          {
            data: [
              { external_context: { url: mojibake(payload), name: mojibake(payload) } },
              {
                media: {
                  uri: mojibake(payload),
                  title: mojibake(payload),
                  description: mojibake(payload),
                },
              },
            ],
          },
        ],
        title: mojibake(payload),
      }))
      const result = await importFile(fileOf('your_posts_1.json', JSON.stringify(entries)))
      expect(result.failed).toBeUndefined()
      const posts = sanitizedPosts(result)
      const run = new CorpusRun()
      const byText = new Map(corpus.map((vector) => [vector.payload.trim(), vector]))
      checkAll(
        run,
        posts,
        (post) => byText.get(post.text.trim()) ?? corpus[0]!,
        'post, title, attachment',
      )
      // Posts come out in file order; the repaired text is the vector itself, shown as text.
      const repaired = posts.filter((post) => byText.has(post.text.trim())).length
      expectClean(run)
      // A post with no text, no media and no link is no post: only a blank vector makes one.
      const blank = corpus.filter((vector) => vector.payload.trim() === '')
      expect(posts).toHaveLength(corpus.length - blank.length)
      expect(repaired).toBeGreaterThan(corpus.length * 0.9)
    },
    CORPUS_TIMEOUT,
  )

  it(
    `Instagram: ${corpus.length} posts whose caption and media title carry a vector`,
    async () => {
      const entries = corpus.map(({ payload }, index) => ({
        title: payload,
        creation_timestamp: 1334009249 + index,
        media: [
          {
            uri: `media/posts/${index}.jpg`,
            creation_timestamp: 1334009249 + index,
            title: payload,
          },
        ],
      }))
      const result = await importFile(fileOf('posts_1.json', JSON.stringify(entries)))
      expect(result.failed).toBeUndefined()
      const posts = sanitizedPosts(result)
      const run = new CorpusRun()
      checkAll(run, posts, (_post, index) => corpus[index]!, 'caption, media title')
      expectClean(run)
      expect(posts).toHaveLength(corpus.length)
    },
    CORPUS_TIMEOUT,
  )

  it(
    `LinkedIn: ${corpus.length} shares whose commentary and links carry a vector`,
    async () => {
      const csvField = (text: string) => `"${text.replace(/"/g, '""')}"`
      const rows = corpus.map(
        ({ payload }, index) =>
          `2025-07-01 14:33:${String(index % 60).padStart(2, '0')},${csvField(payload)},${csvField(`${payload} ${index}`)},${csvField(payload)},${csvField(payload)},MEMBER_NETWORK`,
      )
      const csv = `Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n${rows.join('\n')}\n`
      const result = await importFile(fileOf('Shares.csv', csv))
      expect(result.failed).toBeUndefined()
      const posts = sanitizedPosts(result)
      const run = new CorpusRun()
      // The commentary ends with the vector's index, which names the vector of each post.
      checkAll(
        run,
        posts,
        (post) => corpus[Number(/(\d+)$/.exec(post.text)?.[1] ?? -1)] ?? corpus[0]!,
        'ShareCommentary, ShareLink, SharedUrl, MediaUrl',
      )
      expectClean(run)
      expect(posts).toHaveLength(corpus.length)
    },
    CORPUS_TIMEOUT,
  )
})

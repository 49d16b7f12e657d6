/**
 * Issue 8: every vector of the hostile corpus in every untrusted field the adapter maps
 * (Bluesky post view mapping), through the real mapping and the real post card. One test per path lists every
 * vector that got through, by id and field, and counts what was mapped, so a path cannot pass by
 * dropping everything.
 */
import { describe, expect, it } from 'vitest'
import { mapPostView } from '../../adapters/bluesky/mapPostView'
import type { RawPostView } from '../../adapters/bluesky/rawTypes'
import { readFixtureJson } from '../fixturePath'
import { CORPUS_TIMEOUT, CorpusRun, expectClean, FETCHED_AT } from './corpusChecks'
import { loadHostileCorpus } from './hostileCorpus'

const corpus = loadHostileCorpus()

describe('Bluesky post view mapping', () => {
  const template = (readFixtureJson('bluesky/bskyr-getPosts.json') as { posts: RawPostView[] })
    .posts[0] as RawPostView
  const bytes = (text: string) => new TextEncoder().encode(text).length

  const view = (payload: string, hostileUrls: boolean): RawPostView => ({
    ...template,
    author: {
      ...template.author,
      displayName: payload,
      ...(hostileUrls ? { avatar: payload } : {}),
    } as RawPostView['author'],
    record: {
      $type: 'app.bsky.feed.post',
      createdAt: '2025-01-01T00:00:00Z',
      text: payload,
      facets: [
        {
          index: { byteStart: 0, byteEnd: bytes(payload) },
          features: [
            {
              $type: 'app.bsky.richtext.facet#link',
              uri: hostileUrls ? payload : 'https://ok.example/',
            },
          ],
        },
      ],
    },
    embed: {
      $type: 'app.bsky.embed.external#view',
      external: hostileUrls
        ? { uri: payload, thumb: payload, title: 't', description: 'd' }
        : {
            uri: 'https://ok.example/page',
            thumb: 'https://cdn.example/t.jpg',
            title: payload,
            description: payload,
          },
    },
  })

  it(
    `keeps ${corpus.length} vectors inert in text, link facets, external embed and name`,
    () => {
      const run = new CorpusRun()
      let mapped = 0
      for (const vector of corpus) {
        for (const hostileUrls of [false, true]) {
          const field = hostileUrls ? 'facet uri, embed uri/thumb, avatar' : 'text, embed, name'
          const post = run.post(vector, field, () =>
            mapPostView(view(vector.payload, hostileUrls), { fetchedAt: FETCHED_AT }),
          )
          if (!post) continue
          mapped += 1
          if (post.text !== vector.payload)
            run.add(vector, field, 'post text is not the record text')
        }
      }
      expectClean(run)
      expect(mapped).toBe(corpus.length * 2)
    },
    CORPUS_TIMEOUT,
  )
})

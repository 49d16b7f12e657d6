/**
 * Issue 8: the hostile corpus through the Bluesky repository (`.car`) importer as the editor
 * runs it: a real CAR file (DAG-CBOR records in a repository tree) read by the worker's
 * `runArchiveImport`, every batch through `sanitizeArchiveBatch`, then the real post card. The
 * vectors ride in the profile's name and description and in each post's text, link facet, link
 * card, image alt, reply and quote links.
 */
import { describe, expect, it } from 'vitest'
import type { Post } from '../../domain/post'
import { sanitizeArchiveBatch } from '../../importers/sanitizeArchiveBatch'
import { fileOf, importFile, type ImportResult } from '../../importers/testArchiveImport'
import { CORPUS_TIMEOUT, CorpusRun, expectClean, renderPostMarkup } from './corpusChecks'
import { loadHostileCorpus } from './hostileCorpus'
import { syntheticRepoCar } from '../../importers/bluesky/testRepoCar'

const corpus = loadHostileCorpus()

const DID = 'did:plc:hostilecorpus00000000000'
const POST = 'app.bsky.feed.post'
/** A blob the CAR does not hold, so the image is addressed on Bluesky's CDN. */
const IMAGE_CID = 'bafkreias3b2jnbmrx7xgjrnom4w3tzqkoqr5oogax5kou2oiddqtvq2bje'

const utf8 = new TextEncoder()
/** CBOR text is UTF-8: a lone surrogate in a vector is stored as U+FFFD, as any client would. */
const asStored = (text: string) => new TextDecoder().decode(utf8.encode(text))

/** One link facet over the whole text, the way a client links a pasted URL. */
const wholeTextLink = (text: string, uri: string) => [
  {
    index: { byteStart: 0, byteEnd: utf8.encode(text).length },
    features: [{ $type: 'app.bsky.richtext.facet#link', uri }],
  },
]

const external = (uri: string, title: string, description: string) => ({
  $type: 'app.bsky.embed.external',
  external: { uri, title, description },
})

/**
 * Three posts per vector. A link card needs an http(s) address, so the vector goes in the URLs
 * of one post (where it can only be dropped or kept as a link) and in the card's title and
 * description of another (behind a safe address, so the card is really drawn).
 */
const postsOf = (payload: string, index: number): Record<string, unknown> => ({
  [`${POST}/${index}u`]: {
    $type: POST,
    createdAt: '2025-01-01T00:00:00.000Z',
    text: payload,
    facets: wholeTextLink(payload, payload),
    reply: {
      root: { uri: `at://${DID}/${POST}/${payload}`, cid: IMAGE_CID },
      parent: { uri: `at://${DID}/${POST}/${payload}`, cid: IMAGE_CID },
    },
    embed: {
      $type: 'app.bsky.embed.recordWithMedia',
      media: external(payload, payload, payload),
      record: {
        $type: 'app.bsky.embed.record',
        record: { uri: `at://${payload}/${POST}/3kquoted`, cid: IMAGE_CID },
      },
    },
  },
  [`${POST}/${index}t`]: {
    $type: POST,
    createdAt: '2025-01-01T00:00:00.000Z',
    text: payload,
    facets: wholeTextLink(payload, 'https://ok.example/'),
    embed: external('https://ok.example/page', payload, payload),
  },
  [`${POST}/${index}i`]: {
    $type: POST,
    createdAt: '2025-01-01T00:00:00.000Z',
    text: payload,
    embed: {
      $type: 'app.bsky.embed.images',
      images: [
        {
          alt: payload,
          image: {
            $type: 'blob',
            ref: { $link: IMAGE_CID },
            mimeType: 'image/jpeg',
            size: 1000,
          },
        },
      ],
    },
  },
})

const FIELDS: Record<string, string> = {
  u: 'text, facet uri, external uri/title/description, reply and quote at-uris',
  t: 'text, external title/description (safe uri)',
  i: 'text, image alt',
}

/** What the editor stores: every batch sanitised on the main thread, as the worker's client does. */
const sanitizedPosts = (result: ImportResult): Post[] =>
  result.events.flatMap((event) =>
    event.type === 'batch' ? sanitizeArchiveBatch(event.batch).posts : [],
  )

/** The post's record key names its vector and the variant: `<corpus index><variant>`. */
const rkeyOf = (post: Post) => /\/(\d+)([uti])$/.exec(post.sourceRef ?? '')

describe('Bluesky repository archive import', () => {
  it(
    `${corpus.length} vectors × 3 posts in CAR files, the profile name in each`,
    async () => {
      const run = new CorpusRun()
      let imported = 0
      let cards = 0
      let images = 0
      for (const [index, vector] of corpus.entries()) {
        const { payload } = vector
        const car = await syntheticRepoCar(DID, {
          'app.bsky.actor.profile/self': {
            $type: 'app.bsky.actor.profile',
            displayName: payload,
            description: payload,
          },
          ...postsOf(payload, index),
        })
        const result = await importFile(fileOf('repo.car', car))
        if (result.failed) run.add(vector, 'repo.car', `import failed: ${result.failed.detail}`)
        const posts = sanitizedPosts(result)
        imported += posts.length
        for (const post of posts) {
          const variant = rkeyOf(post)?.[2]
          // The safe-address card and the CDN image are always drawn: their text reaches the card.
          if (variant === 't' && post.card?.title === asStored(payload).trim()) cards += 1
          if (variant === 'i' && post.media[0]?.alt === asStored(payload)) images += 1
          const field = `${FIELDS[variant ?? ''] ?? post.id}, profile displayName`
          run.guard(vector, field, () => run.check(vector, field, renderPostMarkup(post)))
        }
        const name = posts[0]?.author.name
        if (payload !== '' && name !== undefined && name !== asStored(payload))
          run.add(vector, 'profile displayName', `shown as ${JSON.stringify(name)}`)
      }
      expectClean(run)
      expect(imported).toBe(corpus.length * 3)
      // A blank title falls back to the address; every other vector is the card's title.
      const blank = corpus.filter((vector) => vector.payload.trim() === '').length
      expect(cards).toBe(corpus.length - blank)
      expect(images).toBe(corpus.length)
    },
    CORPUS_TIMEOUT,
  )

  it(
    `${corpus.length} vectors in the commit's DID, shown as the owner when there is no profile`,
    async () => {
      const run = new CorpusRun()
      let imported = 0
      let refused = 0
      for (const vector of corpus) {
        const did = `did:plc:${vector.payload}`
        const car = await syntheticRepoCar(did, {
          [`${POST}/3kself`]: {
            $type: POST,
            createdAt: '2025-01-01T00:00:00.000Z',
            text: 'x',
            reply: { parent: { uri: `at://${did}/${POST}/3kparent`, cid: IMAGE_CID } },
          },
        })
        const result = await importFile(fileOf('repo.car', car))
        // A commit whose DID breaks DID syntax is refused, by that reason and no other.
        if (result.failed && !/no valid DID/.test(result.failed.detail))
          run.add(vector, 'commit did', `import failed: ${result.failed.detail}`)
        const posts = sanitizedPosts(result)
        if (result.failed) refused += 1
        imported += posts.length
        for (const post of posts) {
          run.guard(vector, 'commit did', () =>
            run.check(vector, 'commit did', renderPostMarkup(post)),
          )
          if (post.author.name !== did)
            run.add(vector, 'commit did', `owner shown as ${JSON.stringify(post.author.name)}`)
        }
      }
      expectClean(run)
      // Both answers really happen: the vectors that spell a DID are imported, the rest refused.
      expect(imported).toBeGreaterThan(0)
      expect(refused).toBeGreaterThan(0)
      expect(imported + refused).toBe(corpus.length)
    },
    CORPUS_TIMEOUT,
  )
})

import { toCidLink } from '@atcute/cbor'
import { create } from '@atcute/cid'
import { describe, expect, it } from 'vitest'
import { fileOf, importFile, postById } from '../testArchiveImport'
import { archiveMediaUrl } from '../types'
import { syntheticRepoCar, type Block } from './testRepoCar'

const DID = 'did:plc:synthetic0000000000000000'
const RAW = 0x55
const utf8 = new TextEncoder()

const repoCar = (records: Record<string, unknown>, blobs: Block[]) =>
  syntheticRepoCar(DID, records, blobs)

describe('a current Bluesky repository export', () => {
  it('maps facets after non-ASCII text, languages, self-labels, blobs kept in the CAR and quotes', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4])
    const blob: Block = { cid: await create(RAW, png), data: png }
    const text = 'Café ☕ avec @typst.app et #rstats → https://typst.app'
    const bytes = utf8.encode(text)
    const at = (needle: string) => {
      const start = bytes.length - utf8.encode(text.slice(text.indexOf(needle))).length
      return { byteStart: start, byteEnd: start + utf8.encode(needle).length }
    }
    const car = await repoCar(
      {
        'app.bsky.actor.profile/self': {
          $type: 'app.bsky.actor.profile',
          displayName: 'Léa Synthétique',
        },
        'app.bsky.feed.post/3kabc': {
          $type: 'app.bsky.feed.post',
          text,
          createdAt: '2024-05-01T10:00:00.000Z',
          langs: ['fr'],
          labels: {
            $type: 'com.atproto.label.defs#selfLabels',
            values: [{ val: 'graphic-media' }],
          },
          facets: [
            {
              index: at('@typst.app'),
              features: [{ $type: 'app.bsky.richtext.facet#mention', did: 'did:plc:typst' }],
            },
            {
              index: at('#rstats'),
              features: [{ $type: 'app.bsky.richtext.facet#tag', tag: 'rstats' }],
            },
            {
              index: at('https://typst.app'),
              features: [{ $type: 'app.bsky.richtext.facet#link', uri: 'https://typst.app' }],
            },
          ],
          embed: {
            $type: 'app.bsky.embed.recordWithMedia',
            media: {
              $type: 'app.bsky.embed.images',
              images: [
                {
                  alt: 'Une tasse',
                  aspectRatio: { width: 4, height: 3 },
                  image: {
                    $type: 'blob',
                    ref: toCidLink(blob.cid),
                    mimeType: 'image/png',
                    size: png.length,
                  },
                },
              ],
            },
            record: {
              $type: 'app.bsky.embed.record',
              record: { uri: `at://${DID}/app.bsky.feed.post/3kaaa`, cid: 'bafyreib2rxk3rh6kzwq' },
            },
          },
        },
        'app.bsky.feed.post/3kaaa': {
          $type: 'app.bsky.feed.post',
          text: 'Premier 🎉',
          createdAt: '2024-04-01T10:00:00.000Z',
        },
        'app.bsky.graph.follow/3kzzz': {
          $type: 'app.bsky.graph.follow',
          subject: 'did:plc:x',
          createdAt: '2024-01-01T00:00:00Z',
        },
      },
      [blob],
    )
    const result = await importFile(fileOf('repo.car', car))
    expect(result.failed).toBeUndefined()
    expect(result.done).toEqual({ type: 'done', kind: 'bluesky', posts: 2, media: 1 })
    const post = postById(result.posts, `bluesky:at://${DID}/app.bsky.feed.post/3kabc`)
    expect(post.author.name).toBe('Léa Synthétique')
    expect(post.text).toBe(text)
    expect(post.language).toBe('fr')
    expect(post.labels).toEqual(['graphic-media'])
    expect(post.sensitive).toBe(true)
    expect(post.html).toBe(
      '<p>Café ☕ avec <a href="https://bsky.app/profile/did:plc:typst" rel="noopener noreferrer ugc" target="_blank" class="mention">@typst.app</a> et ' +
        '<a href="https://bsky.app/hashtag/rstats" rel="noopener noreferrer ugc" target="_blank" class="hashtag">#rstats</a> → ' +
        '<a href="https://typst.app/" rel="noopener noreferrer ugc" target="_blank">https://typst.app</a></p>',
    )
    const key = `bluesky:${DID}/${toCidLink(blob.cid).$link}`
    expect(post.media).toEqual([
      { kind: 'image', url: archiveMediaUrl(key), alt: 'Une tasse', width: 4, height: 3 },
    ])
    expect(result.media).toEqual([{ key, mimeType: 'image/png', bytes: png }])
    expect(post.quote?.state === 'available' && post.quote.post.text).toBe('Premier 🎉')
  })
})

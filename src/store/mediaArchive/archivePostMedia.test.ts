import { afterEach, describe, expect, it } from 'vitest'
import { createRelayAccess } from '../../adapters/relayAccess'
import type { Media, Post } from '../../domain/post'
import { archivePostMedia, type ArchiveMediaDeps } from './archivePostMedia'
import { createMediaArchiveStore, type MediaArchiveStore } from './mediaArchiveStore'
import { postImageUrls } from './postImageUrls'

const makeTestPost = (id: string, overrides: Partial<Post> = {}): Post => ({
  id,
  source: 'mastodon',
  url: `https://example.social/@lea/${id}`,
  author: {
    name: 'Léa Martin',
    handle: '@lea@example.social',
    avatarUrl: 'https://files.example.social/avatars/lea.png',
  },
  createdAt: '2024-04-30T08:00:00.000Z',
  fetchedAt: '2024-04-30T09:00:00.000Z',
  text: `Post ${id}`,
  html: `<p>Post ${id}</p>`,
  media: [],
  availability: { state: 'available' },
  ...overrides,
})
const image = (overrides: Partial<Media> = {}): Media => ({
  kind: 'image',
  url: 'https://files.example.social/media/lake.jpg',
  alt: 'A frozen lake',
  ...overrides,
})
const video = (): Media => ({
  kind: 'video',
  url: 'https://files.example.social/media/ice.mp4',
  previewUrl: 'https://files.example.social/media/ice.jpg',
  alt: '',
})

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4])

let count = 0
const stores: MediaArchiveStore[] = []
const freshStore = () => {
  count += 1
  const store = createMediaArchiveStore(`media-archive-test-${count}`)
  stores.push(store)
  return store
}
afterEach(() => stores.splice(0).forEach((store) => store.close()))

const imageResponse = (type = 'image/png', bytes: Uint8Array = PNG) =>
  new Response(bytes.slice(), { status: 200, headers: { 'content-type': type } })

/** A transport that answers from a table and records every address asked. */
const fakeFetch = (answers: Record<string, () => Response>) => {
  const asked: string[] = []
  const fetch: ArchiveMediaDeps['fetch'] = async (url) => {
    asked.push(url)
    const answer = answers[url]
    if (!answer) throw new TypeError('Failed to fetch')
    return answer()
  }
  return { fetch, asked }
}

const LAKE = 'https://files.example.social/media/lake.jpg'
const onePicture = makeTestPost('a', {
  author: { name: 'Léa', handle: '@lea@example.social' },
  media: [image({ url: LAKE, previewUrl: undefined })],
})

describe('postImageUrls', () => {
  it('lists pictures, video stills, avatar, card image and the quoted post’s, never archive or data URLs', () => {
    const quoted = makeTestPost('q', {
      media: [image({ url: 'https://q.example/pic.png', previewUrl: undefined })],
    })
    const post = makeTestPost('p', {
      media: [
        video(),
        image({ url: 'archive-media:abc', previewUrl: 'data:image/png;base64,AAAA' }),
      ],
      card: { url: 'https://news.example', title: 'News', imageUrl: 'https://news.example/c.jpg' },
      quote: { state: 'available', post: quoted },
    })
    expect(postImageUrls(post).sort()).toEqual(
      [
        'https://files.example.social/avatars/lea.png',
        'https://files.example.social/media/ice.jpg',
        'https://news.example/c.jpg',
        'https://q.example/pic.png',
      ].sort(),
    )
  })
})

describe('archivePostMedia', () => {
  it('stores an image read directly, then reuses it without asking again', async () => {
    const store = freshStore()
    const { fetch, asked } = fakeFetch({ [LAKE]: () => imageResponse('image/jpeg') })
    const first = await archivePostMedia([onePicture], { store, fetch })
    expect(first.get(LAKE)).toBe('stored')
    const blob = await store.blob(LAKE)
    expect(blob?.type).toBe('image/jpeg')
    expect(new Uint8Array(await blob!.arrayBuffer())).toEqual(PNG)

    const second = await archivePostMedia([onePicture], { store, fetch })
    expect(second.get(LAKE)).toBe('already-stored')
    expect(asked).toEqual([LAKE])
  })

  it('asks the relay only after the direct read failed', async () => {
    const store = freshStore()
    const relay = createRelayAccess('/relay')
    const relayed = relay.url(LAKE, 'media')
    const { fetch, asked } = fakeFetch({ [relayed]: () => imageResponse() })
    const outcomes = await archivePostMedia([onePicture], {
      store,
      fetch,
      relay: async () => relay,
    })
    expect(asked).toEqual([LAKE, relayed])
    expect(outcomes.get(LAKE)).toBe('stored')
    expect(await store.has(LAKE)).toBe(true)
  })

  it('does not touch the relay when the direct read works', async () => {
    const store = freshStore()
    let relayAsked = 0
    const { fetch, asked } = fakeFetch({ [LAKE]: () => imageResponse() })
    await archivePostMedia([onePicture], {
      store,
      fetch,
      relay: async () => {
        relayAsked += 1
        return createRelayAccess()
      },
    })
    expect(relayAsked).toBe(0)
    expect(asked).toEqual([LAKE])
  })

  it('refuses what is not a raster image: HTML, SVG', async () => {
    const store = freshStore()
    const svg = 'https://files.example.social/media/vector.svg'
    const post = makeTestPost('b', {
      author: { name: 'Léa', handle: '@lea' },
      media: [
        image({ url: LAKE, previewUrl: undefined }),
        image({ url: svg, previewUrl: undefined }),
      ],
    })
    const { fetch } = fakeFetch({
      [LAKE]: () => new Response('<html></html>', { headers: { 'content-type': 'text/html' } }),
      [svg]: () => imageResponse('image/svg+xml'),
    })
    const outcomes = await archivePostMedia([post], { store, fetch })
    expect(outcomes.get(LAKE)).toBe('refused')
    expect(outcomes.get(svg)).toBe('refused')
    expect(await store.has(LAKE)).toBe(false)
    expect(await store.has(svg)).toBe(false)
  })

  it('refuses a file over the size cap', async () => {
    const store = freshStore()
    const { fetch } = fakeFetch({ [LAKE]: () => imageResponse('image/png', new Uint8Array(65)) })
    const outcomes = await archivePostMedia([onePicture], { store, fetch, maxBytes: 64 })
    expect(outcomes.get(LAKE)).toBe('refused')
    expect(await store.has(LAKE)).toBe(false)
  })

  it('reads at most `concurrency` files at once, and reports a failure without throwing', async () => {
    const store = freshStore()
    const urls = Array.from({ length: 7 }, (_, index) => `https://img.example/${index}.png`)
    const post = makeTestPost('c', {
      author: { name: 'Léa', handle: '@lea' },
      media: urls.map((url) => image({ url, previewUrl: undefined })),
    })
    let running = 0
    let peak = 0
    const fetch: ArchiveMediaDeps['fetch'] = async (url) => {
      running += 1
      peak = Math.max(peak, running)
      await new Promise((resolve) => setTimeout(resolve, 5))
      running -= 1
      if (url.endsWith('/6.png')) throw new TypeError('offline')
      return imageResponse()
    }
    const outcomes = await archivePostMedia([post], { store, fetch, concurrency: 3 })
    expect(peak).toBe(3)
    expect(outcomes.get(urls[6]!)).toBe('failed')
    expect([...outcomes.values()].filter((outcome) => outcome === 'stored')).toHaveLength(6)
  })
})

import { openDB } from 'idb'
import { afterEach, describe, expect, it } from 'vitest'
import type { Post } from '../../domain/post'
import type { ArchiveBatch } from '../../importers/types'
import { createArchiveStore, type ArchiveStore } from './archiveStore'

let databaseCount = 0
const opened: ArchiveStore[] = []
const freshStore = () => {
  databaseCount += 1
  const store = createArchiveStore(`archive-test-${databaseCount}`)
  opened.push(store)
  return store
}

afterEach(async () => {
  await Promise.all(opened.splice(0).map((store) => store.close()))
})

const post = (id: string, overrides: Partial<Post> = {}): Post => ({
  id: `twitter:${id}`,
  source: 'twitter',
  url: `https://x.com/lea/status/${id}`,
  author: { name: 'Léa Martin', handle: '@lea' },
  createdAt: '2024-05-02T10:00:00.000Z',
  fetchedAt: '2024-06-01T00:00:00.000Z',
  text: `Post ${id}`,
  html: `<p>Post ${id}</p>`,
  language: 'en',
  media: [],
  availability: { state: 'available' },
  ...overrides,
})

const batch = (posts: Post[], media: ArchiveBatch['media'] = []): ArchiveBatch => ({
  posts,
  media,
})

describe('archiveStore', () => {
  it('stores a batch and adds nothing twice when the same archive is imported again', async () => {
    const store = freshStore()
    const posts = [post('1'), post('2'), post('3')]
    const media = [
      { key: 'twitter/1-a.jpg', mimeType: 'image/jpeg', bytes: new Uint8Array([1, 2]) },
    ]
    await store.saveBatch(batch(posts, media))
    await store.saveBatch(batch(posts, media))
    expect(await store.count()).toBe(3)
    expect(await store.search({})).toHaveLength(3)
    expect((await store.postsByIds(['twitter:2']))[0]?.text).toBe('Post 2')
  })

  it('keeps only the bytes of a media file, with its type', async () => {
    const store = freshStore()
    // A view into a larger buffer, as an unzipper hands out.
    const whole = new Uint8Array([9, 9, 1, 2, 3, 9])
    await store.saveBatch(
      batch([], [{ key: 'm/1.png', mimeType: 'image/png', bytes: whole.subarray(2, 5) }]),
    )
    const blob = await store.mediaBlob('m/1.png')
    expect(blob?.type).toBe('image/png')
    expect([...new Uint8Array(await new Response(blob).arrayBuffer())]).toEqual([1, 2, 3])
    expect(await store.mediaBlob('m/other.png')).toBeUndefined()
  })

  it('finds words regardless of accents and case, in text, author and content warning', async () => {
    const store = freshStore()
    await store.saveBatch(
      batch([
        post('1', { text: 'Une journée SPONSORISÉE à Lyon' }),
        post('2', { text: 'Nothing here', contentWarning: 'Café talk' }),
        post('3', { text: 'Other', author: { name: 'Zoë', handle: '@zoe' } }),
      ]),
    )
    expect(await store.search({ text: 'sponsorisee lyon' })).toEqual(['twitter:1'])
    expect(await store.search({ text: 'CAFE' })).toEqual(['twitter:2'])
    expect(await store.search({ text: 'zoe' })).toEqual(['twitter:3'])
    expect(await store.search({ text: 'lyon paris' })).toEqual([])
  })

  it('returns the newest first and narrows by an inclusive local date range', async () => {
    const store = freshStore()
    const at = (day: string) => new Date(`${day}T12:00:00`).toISOString()
    await store.saveBatch(
      batch([
        post('old', { createdAt: at('2024-01-01') }),
        post('mid', { createdAt: at('2024-03-03') }),
        post('new', { createdAt: at('2024-06-30') }),
      ]),
    )
    expect(await store.search({})).toEqual(['twitter:new', 'twitter:mid', 'twitter:old'])
    expect(await store.search({ from: '2024-03-03', to: '2024-03-03' })).toEqual(['twitter:mid'])
    expect(await store.search({ from: '2024-02-01' })).toEqual(['twitter:new', 'twitter:mid'])
    expect(await store.search({ to: '2024-03-02' })).toEqual(['twitter:old'])
  })

  it('filters on media, replies, reposts and language', async () => {
    const store = freshStore()
    await store.saveBatch(
      batch([
        post('plain', { language: 'en-GB' }),
        post('photo', {
          language: 'fr',
          media: [{ kind: 'image', url: 'archive-media:twitter/p.jpg', alt: '' }],
        }),
        post('reply', { replyTo: { authorHandle: '@bob' } }),
        post('repost', { repostedBy: { name: 'Léa', handle: '@lea' } }),
        post('unknown', { language: undefined }),
      ]),
    )
    expect(await store.search({ hasMedia: true })).toEqual(['twitter:photo'])
    const kept = await store.search({ leaveOutReplies: true, leaveOutReposts: true })
    expect(kept.sort()).toEqual(['twitter:photo', 'twitter:plain', 'twitter:unknown'])
    expect((await store.search({ leaveOutReplies: true })).sort()).toEqual([
      'twitter:photo',
      'twitter:plain',
      'twitter:repost',
      'twitter:unknown',
    ])
    expect(await store.search({ language: 'fr' })).toEqual(['twitter:photo'])
    expect((await store.search({ language: 'en' })).sort()).toEqual([
      'twitter:plain',
      'twitter:reply',
      'twitter:repost',
    ])
    expect(await store.languages()).toEqual(['en', 'fr'])
  })

  it('sees posts saved after a first search, and forgets everything on request', async () => {
    const store = freshStore()
    await store.saveBatch(
      batch([post('1')], [{ key: 'k', mimeType: 'image/png', bytes: new Uint8Array([1]) }]),
    )
    expect(await store.search({})).toEqual(['twitter:1'])
    await store.saveBatch(batch([post('2', { createdAt: '2025-01-01T00:00:00.000Z' })]))
    expect(await store.search({})).toEqual(['twitter:2', 'twitter:1'])

    await store.forgetAll()
    expect(await store.count()).toBe(0)
    expect(await store.search({})).toEqual([])
    expect(await store.mediaBlob('k')).toBeUndefined()
  })

  it('sees what another connection to the same database wrote', async () => {
    const name = `archive-shared-${Date.now()}`
    const first = createArchiveStore(name)
    const second = createArchiveStore(name)
    opened.push(first, second)
    await first.saveBatch(batch([post('1')]))
    expect(await second.search({})).toEqual(['twitter:1'])
    await first.saveBatch(batch([post('2')]))
    expect((await second.search({})).sort()).toEqual(['twitter:1', 'twitter:2'])
  })

  it('returns posts for a range of results in the order asked, skipping unknown ids', async () => {
    const store = freshStore()
    await store.saveBatch(batch([post('1'), post('2')]))
    const found = await store.postsByIds(['twitter:2', 'twitter:none', 'twitter:1'])
    expect(found.map((p) => p.id)).toEqual(['twitter:2', 'twitter:1'])
  })

  it('merges a day written by two batches, and replaces a post imported again', async () => {
    const store = freshStore()
    const sameDay = { createdAt: '2024-05-02T23:59:00+02:00' }
    await store.saveBatch(batch([post('1', sameDay), post('2')]))
    await store.saveBatch(batch([post('3'), post('1', { ...sameDay, text: 'Post 1, edited' })]))
    expect(await store.count()).toBe(3)
    const found = await store.postsByIds(['twitter:1', 'twitter:2', 'twitter:3'])
    expect(found.map((p) => p.text)).toEqual(['Post 1, edited', 'Post 2', 'Post 3'])
    // Another connection reads the same, from the stored days rather than this one's cache.
    const other = createArchiveStore(`archive-test-${databaseCount}`)
    opened.push(other)
    expect(await other.count()).toBe(3)
    expect((await other.postsByIds(['twitter:1']))[0]?.text).toBe('Post 1, edited')
  })

  it('keeps the posts a version 1 database held, a record each, when it upgrades it', async () => {
    const name = `archive-v1-${Date.now()}`
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('posts', { keyPath: 'id' }).createIndex('createdAt', 'createdAt')
        db.createObjectStore('searchEntries', { keyPath: 'id' }).createIndex(
          'createdAt',
          'createdAt',
        )
        db.createObjectStore('media', { keyPath: 'key' })
      },
    })
    await v1.put('posts', post('1'))
    await v1.put('posts', post('2', { createdAt: '2020-01-01T00:00:00.000Z', text: 'Ancien café' }))
    await v1.put('media', { key: 'k', mimeType: 'image/png', bytes: new Uint8Array([7]).buffer })
    v1.close()
    const store = createArchiveStore(name)
    opened.push(store)
    expect(await store.count()).toBe(2)
    expect(await store.search({ text: 'CAFE' })).toEqual(['twitter:2'])
    expect((await store.postsByIds(['twitter:1']))[0]?.text).toBe('Post 1')
    expect((await store.mediaBlob('k'))?.size).toBe(1)
  })
})

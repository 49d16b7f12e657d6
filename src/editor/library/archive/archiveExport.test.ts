import { afterEach, describe, expect, it } from 'vitest'
import { exportFeedHtml } from '../../../exporters/feedHtml'
import { buildJsonDocument } from '../../../exporters/json'
import { fakeFetcher, testInput, testPostsById } from '../../../exporters/testStory'
import type { MediaFetcher } from '../../../exporters/types'
import { archiveStore } from '../../../store/archive/archiveStore'
import { fetchMediaBlob } from '../../export/fetchMediaBlob'

const PNG = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10])
const URL_OF_MEDIA = 'archive-media:twitter/1588091211012767744.png'

afterEach(async () => {
  await archiveStore.forgetAll()
})

// The editor's fetcher for archived media; the other test posts' files come from the fake, so no
// request ever leaves the machine.
const offlineFetcher: MediaFetcher = (url, signal) =>
  url.startsWith('archive-media:') ? fetchMediaBlob(url, signal) : fakeFetcher()(url, signal)

const inputWithArchivedImage = async () => {
  await archiveStore.saveBatch({
    posts: [],
    media: [{ key: 'twitter/1588091211012767744.png', mimeType: 'image/png', bytes: PNG }],
  })
  const posts = testPostsById()
  const full = posts.full!
  posts.full = {
    ...full,
    media: [{ kind: 'image', url: URL_OF_MEDIA, alt: 'Good morning #LeadDevBerlin' }],
  }
  return testInput({ posts, fetchMedia: offlineFetcher })
}

describe('exports with archived media', () => {
  it('keep the stored bytes in the JSON export', async () => {
    const document = await buildJsonDocument(await inputWithArchivedImage())
    expect(document.media[URL_OF_MEDIA]).toBe(
      `data:image/png;base64,${btoa(String.fromCharCode(...PNG))}`,
    )
  })

  it('inline an archived avatar and link card picture in the HTML page', async () => {
    const AVATAR = 'archive-media:twitter:data/profile_media/avatar.png'
    const CARD = 'archive-media:twitter:data/card/lake.png'
    const AVATAR_BYTES = new Uint8Array([...PNG, 1])
    const CARD_BYTES = new Uint8Array([...PNG, 2])
    await archiveStore.saveBatch({
      posts: [],
      media: [
        { key: AVATAR.slice('archive-media:'.length), mimeType: 'image/png', bytes: AVATAR_BYTES },
        { key: CARD.slice('archive-media:'.length), mimeType: 'image/png', bytes: CARD_BYTES },
      ],
    })
    const posts = testPostsById()
    const full = posts.full!
    posts.full = {
      ...full,
      author: { ...full.author, avatarUrl: AVATAR },
      card: { url: 'https://news.example.com/lake', title: 'The lake', imageUrl: CARD },
    }
    const result = await exportFeedHtml(testInput({ posts, fetchMedia: offlineFetcher }))
    if (result.kind !== 'file') throw new Error(`expected a file, got ${result.kind}`)
    const html = await result.file.content.text()
    const dataUrl = (bytes: Uint8Array) =>
      `data:image/png;base64,${btoa(String.fromCharCode(...bytes))}`
    expect(html).not.toContain('archive-media:')
    expect(html).toMatch(new RegExp(`<img class="post-avatar" src="${dataUrl(AVATAR_BYTES)}"`))
    expect(html).toMatch(new RegExp(`<img class="post-link-image" src="${dataUrl(CARD_BYTES)}"`))
  })

  it('inline the stored image in the HTML page, leaving no archive-media: address', async () => {
    const result = await exportFeedHtml(await inputWithArchivedImage())
    if (result.kind !== 'file') throw new Error(`expected a file, got ${result.kind}`)
    const html = await result.file.content.text()
    expect(html).not.toContain('archive-media:')
    expect(html).toContain(`src="data:image/png;base64,${btoa(String.fromCharCode(...PNG))}"`)
  })
})

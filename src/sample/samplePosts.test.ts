import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import type { Author, Post } from '../domain/post'
import { postSchema } from '../domain/schema'
import { safeMediaUrl } from '../lib/safeUrl'
import { SAMPLE_AUTHORS } from './sampleAuthors'
import { SAMPLE_POSTS } from './samplePosts'

/**
 * Files under public/, as the app requests them (`/sample/...`). Vite's glob lists them without
 * loading them, and keeps this test free of Node types (the app's tsconfig has none).
 */
const PUBLIC_FILES = new Set(
  Object.keys(import.meta.glob('/public/**/*')).map((path) => path.slice('/public'.length)),
)
const SVG_SOURCES = import.meta.glob<string>('/public/**/*.svg', {
  query: '?raw',
  import: 'default',
  eager: true,
})

const posts = SAMPLE_POSTS
const withQuoted = (list: readonly Post[]): Post[] =>
  list.flatMap((post) => (post.quote?.state === 'available' ? [post, post.quote.post] : [post]))
const allPosts = withQuoted(posts)
const authors = (post: Post): Author[] =>
  post.repostedBy ? [post.author, post.repostedBy] : [post.author]

const EXAMPLE_URL = /^https:\/\/example\.(social|org)\//
const EXAMPLE_HANDLE = /^@[a-z0-9._]+@example\.(social|org)$/

/** The text a reader sees in `html`: tags dropped, breaks and paragraphs back to newlines. */
const htmlToText = (html: string): string =>
  html
    .replace(/<\/p><p>/g, '\n\n')
    .replace(/<br>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

describe('SAMPLE_POSTS', () => {
  it('holds about forty posts', () => {
    expect(posts.length).toBeGreaterThanOrEqual(40)
    expect(posts.length).toBeLessThanOrEqual(44)
  })

  it.each(posts.map((post) => [post.id, post] as const))(
    '%s matches the post schema',
    (_, post) => {
      expect(() => v.parse(postSchema, post)).not.toThrow()
    },
  )

  it('numbers its posts sample:01, sample:02, … with unique ids and URLs', () => {
    expect(posts.map((post) => post.id)).toEqual(
      posts.map((_, index) => `sample:${String(index + 1).padStart(2, '0')}`),
    )
    expect(new Set(posts.map((post) => post.id)).size).toBe(posts.length)
    expect(new Set(posts.map((post) => post.url)).size).toBe(posts.length)
  })

  it('marks every post as an available sample snapshot taken at one fixed time', () => {
    const fetchedAt = new Set(allPosts.map((post) => post.fetchedAt))
    expect(fetchedAt.size).toBe(1)
    for (const post of allPosts) {
      expect(post.source).toBe('sample')
      expect(post.availability).toEqual({ state: 'available' })
      expect(post.createdAt < post.fetchedAt).toBe(true)
    }
  })

  it('runs through 15 October 2026 in chronological order', () => {
    for (const post of posts) expect(post.createdAt).toMatch(/^2026-10-15T\d\d:\d\d:\d\dZ$/)
    const times = posts.map((post) => Date.parse(post.createdAt))
    for (let i = 1; i < times.length; i++) expect(times[i]).toBeGreaterThan(times[i - 1] ?? 0)
  })

  it('mixes French and English, at least 15 posts each', () => {
    const fr = posts.filter((post) => post.language === 'fr').length
    const en = posts.filter((post) => post.language === 'en').length
    expect(fr + en).toBe(posts.length)
    expect(fr).toBeGreaterThanOrEqual(15)
    expect(en).toBeGreaterThanOrEqual(15)
  })

  it('writes accents and emoji as real characters, not escapes or entities', () => {
    const text = posts.map((post) => post.text).join('\n')
    expect(text).toMatch(/[éèàçô]/)
    expect(text).toMatch(/\p{Extended_Pictographic}/u)
    expect(text).not.toMatch(/&[a-z]+;|\\u[0-9a-f]{4}/i)
  })

  describe('features a recap can show', () => {
    it('has images with real alt text and dimensions, and one post with 2–4 images', () => {
      const images = posts.flatMap((post) => post.media.filter((media) => media.kind === 'image'))
      expect(
        posts.filter((post) => post.media.some((m) => m.kind === 'image')).length,
      ).toBeGreaterThanOrEqual(8)
      for (const image of images) {
        expect(image.alt.length).toBeGreaterThan(40)
        expect(image.width).toBeGreaterThan(0)
        expect(image.height).toBeGreaterThan(0)
      }
      const gallery = posts.filter((post) => post.media.length >= 2 && post.media.length <= 4)
      expect(gallery.length).toBeGreaterThanOrEqual(1)
    })

    it('has a video with a poster, a MIME type and dimensions', () => {
      const videos = posts.flatMap((post) => post.media.filter((media) => media.kind === 'video'))
      expect(videos.length).toBeGreaterThanOrEqual(1)
      for (const video of videos) {
        expect(video.previewUrl).toMatch(/\.(jpg|png)$/)
        expect(video.mimeType).toBe('video/mp4')
        expect(video.width).toBeGreaterThan(0)
        expect(video.height).toBeGreaterThan(0)
        expect(video.alt.length).toBeGreaterThan(40)
      }
    })

    it('has a complete link card whose URL appears in the text', () => {
      const withCard = posts.filter((post) => post.card)
      expect(withCard.length).toBeGreaterThanOrEqual(1)
      for (const post of withCard) {
        expect(post.card?.title).toBeTruthy()
        expect(post.card?.description).toBeTruthy()
        expect(post.card?.imageUrl).toBeTruthy()
        expect(post.card?.siteName).toBeTruthy()
        expect(post.text).toContain(post.card?.url)
      }
    })

    it('quotes one available post, a full snapshot, and one that was deleted', () => {
      const available = posts.filter((post) => post.quote?.state === 'available')
      expect(available.length).toBeGreaterThanOrEqual(1)
      for (const post of available) {
        if (post.quote?.state !== 'available') continue
        expect(() =>
          v.parse(postSchema, post.quote?.state === 'available' ? post.quote.post : null),
        ).not.toThrow()
        expect(post.quote.post.id).not.toBe(post.id)
        expect(Date.parse(post.quote.post.createdAt)).toBeLessThan(Date.parse(post.createdAt))
      }
      const gone = posts.filter((post) => post.quote?.state === 'unavailable')
      expect(gone.length).toBeGreaterThanOrEqual(1)
      expect(
        gone.some(
          (post) =>
            post.quote?.state === 'unavailable' &&
            post.quote.reason === 'deleted' &&
            EXAMPLE_URL.test(post.quote.url ?? ''),
        ),
      ).toBe(true)
    })

    it('hides one post behind a content warning, with sensitive media', () => {
      const warned = posts.filter((post) => post.contentWarning)
      expect(warned.length).toBeGreaterThanOrEqual(1)
      expect(warned.some((post) => post.sensitive === true && post.media.length > 0)).toBe(true)
    })

    it('has replies, at least two between different people, each pointing to a sample post', () => {
      const byUrl = new Map(posts.map((post) => [post.url, post]))
      const replies = posts.filter((post) => post.replyTo)
      for (const reply of replies) {
        const parent = byUrl.get(reply.replyTo?.url ?? '')
        expect(parent, `${reply.id} replies to a post the library holds`).toBeDefined()
        expect(reply.replyTo?.authorHandle).toBe(parent?.author.handle)
        expect(Date.parse(reply.createdAt)).toBeGreaterThan(Date.parse(parent?.createdAt ?? ''))
      }
      const conversations = replies.filter(
        (reply) => reply.replyTo?.authorHandle !== reply.author.handle,
      )
      expect(conversations.length).toBeGreaterThanOrEqual(2)
    })

    it('has a boost by another account', () => {
      const boosts = posts.filter((post) => post.repostedBy)
      expect(boosts.length).toBeGreaterThanOrEqual(1)
      for (const post of boosts) expect(post.repostedBy?.handle).not.toBe(post.author.handle)
    })

    it('has an edited post, edited after it was written', () => {
      const edited = posts.filter((post) => post.editedAt)
      expect(edited.length).toBeGreaterThanOrEqual(1)
      for (const post of edited)
        expect(Date.parse(post.editedAt ?? '')).toBeGreaterThan(Date.parse(post.createdAt))
    })

    it('gives most posts plausible metrics', () => {
      const measured = posts.filter((post) => post.metrics)
      expect(measured.length).toBeGreaterThanOrEqual(Math.ceil(posts.length * 0.8))
      for (const { metrics } of measured) {
        for (const value of Object.values(metrics ?? {})) expect(value).toBeLessThan(5000)
      }
    })
  })

  describe('links and files', () => {
    it('uses only reserved example domains for handles and URLs', () => {
      for (const post of allPosts) {
        expect(post.url).toMatch(EXAMPLE_URL)
        if (post.replyTo?.url) expect(post.replyTo.url).toMatch(EXAMPLE_URL)
        if (post.card) expect(post.card.url).toMatch(EXAMPLE_URL)
        for (const author of authors(post)) {
          expect(author.handle).toMatch(EXAMPLE_HANDLE)
          expect(author.url).toMatch(EXAMPLE_URL)
        }
      }
    })

    it('points every media, poster, card image and avatar to a file under public/', () => {
      const local = allPosts.flatMap((post) => [
        ...post.media.flatMap((media) => [media.url, media.previewUrl]),
        post.card?.imageUrl,
        ...authors(post).map((author) => author.avatarUrl),
      ])
      for (const url of local) {
        if (url === undefined) continue
        expect(url).toMatch(/^\/sample\//)
        expect(PUBLIC_FILES.has(url), `public${url} exists`).toBe(true)
        expect(safeMediaUrl(url), 'the renderers accept it').toBe(url)
      }
    })

    it('gives every author a distinct avatar file', () => {
      const avatars = Object.values(SAMPLE_AUTHORS).map((author) => author.avatarUrl ?? '')
      expect(new Set(avatars).size).toBe(avatars.length)
      for (const avatar of avatars) expect(PUBLIC_FILES.has(avatar), avatar).toBe(true)
    })

    it('keeps the SVG files small and self-contained', () => {
      const files = Object.entries(SVG_SOURCES).filter(
        ([path]) => path.startsWith('/public/sample/') || path === '/public/favicon.svg',
      )
      expect(files.length).toBeGreaterThanOrEqual(25)
      for (const [path, source] of files) {
        expect(new TextEncoder().encode(source).length, path).toBeLessThan(15 * 1024)
        expect(source, path).toMatch(/^<svg /)
        expect(source, path).not.toMatch(
          /<script|<foreignObject|\son[a-z]+=|@import|url\(\s*['"]?(https?:|data:)/i,
        )
        expect(source, path).not.toMatch(/href="(?!#)/)
      }
    })
  })

  describe('html', () => {
    it('is the same text as the plain text, as paragraphs, breaks and links only', () => {
      for (const post of allPosts) {
        expect(post.html).toMatch(/^<p>.*<\/p>$/s)
        expect(htmlToText(post.html), post.id).toBe(post.text)
        const tags = post.html.match(/<\/?([a-z]+)/g) ?? []
        for (const tag of tags) expect(['<p', '</p', '<br', '<a', '</a']).toContain(tag)
      }
    })

    it('links only over https and carries no script or event handler', () => {
      for (const post of allPosts) {
        const hrefs = [...post.html.matchAll(/href="([^"]*)"/g)].map((match) => match[1] ?? '')
        for (const href of hrefs) expect(href).toMatch(/^https:\/\//)
        expect(post.html).not.toMatch(/<script/i)
        expect(post.html).not.toMatch(/\son[a-z]+\s*=/i)
        expect(post.html).not.toMatch(/javascript:/i)
      }
    })

    it('links hashtags and mentions', () => {
      const tagged = posts.find((post) => post.text.includes('#InfluenceDays'))
      expect(tagged?.html).toContain(
        `<a href="https://example.social/tags/InfluenceDays" rel="noopener noreferrer ugc" class="hashtag">#InfluenceDays</a>`,
      )
      for (const post of allPosts) {
        const tags = post.text.match(/(?<![\p{L}\p{N}_&/])#[\p{L}\p{N}_]+/gu) ?? []
        const mentions =
          post.text.match(/(?<![\p{L}\p{N}_])@[\p{L}\p{N}_][\p{L}\p{N}._-]*[\p{L}\p{N}_]/gu) ?? []
        expect(post.html.match(/class="hashtag"/g)?.length ?? 0, post.id).toBe(tags.length)
        expect(post.html.match(/class="mention"/g)?.length ?? 0, post.id).toBe(mentions.length)
      }
    })
  })
})

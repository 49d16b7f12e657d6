import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { postSchema } from '../../domain/schema'
import { readFixtureJson } from '../../test/fixturePath'
import { mapPostView } from './mapPostView'
import type { RawPostView } from './rawTypes'

const FETCHED_AT = '2026-11-25T12:00:00.000Z'
const vectors = readFixtureJson('xss/dompurify-vectors.json') as {
  title: string
  payload: string
}[]

/**
 * Rich text built from facets may hold only paragraphs, line breaks and http(s) links. Checked on
 * the parsed tree: escaped payloads are text, and a grep for `href="data:` would flag them.
 */
const expectInert = (html: string, title: string) => {
  // Every literal `<` opens one of our own tags; markup in the post is escaped.
  expect(html, title).not.toMatch(/<(?!\/?(?:p|br|a)[\s>])/i)
  const template = document.createElement('template')
  template.innerHTML = html
  for (const element of template.content.querySelectorAll('*')) {
    expect(['P', 'BR', 'A'], title).toContain(element.tagName)
    const names = element.getAttributeNames()
    if (element.tagName !== 'A') {
      expect(names, title).toEqual([])
      continue
    }
    for (const name of names) expect(['href', 'rel', 'target', 'class'], title).toContain(name)
    expect(new URL(element.getAttribute('href') ?? '').protocol, title).toMatch(/^https?:$/)
    expect(element.getAttribute('rel'), title).toBe('noopener noreferrer ugc')
  }
}

const bytes = (text: string) => new TextEncoder().encode(text).length

const hostileView = (changes: Partial<RawPostView> = {}): RawPostView => ({
  uri: 'at://did:plc:mallory/app.bsky.feed.post/3kevil',
  cid: 'bafy',
  author: { did: 'did:plc:mallory', handle: 'mallory.example', displayName: 'Mallory' },
  record: { $type: 'app.bsky.feed.post', text: 'hello', createdAt: '2025-01-01T00:00:00Z' },
  indexedAt: '2025-01-01T00:00:00Z',
  ...changes,
})

const map = (changes: Partial<RawPostView>) =>
  mapPostView(hostileView(changes), { fetchedAt: FETCHED_AT })

describe('hostile Bluesky content', () => {
  it('keeps every DOMPurify vector inert, as text and as a link facet over it', () => {
    expect(vectors.length).toBeGreaterThan(100)
    for (const { title, payload } of vectors) {
      const post = map({
        record: {
          text: payload,
          facets: [
            {
              index: { byteStart: 0, byteEnd: bytes(payload) },
              features: [{ $type: 'app.bsky.richtext.facet#link', uri: payload }],
            },
          ],
        },
      })
      expectInert(post.html, title)
      expect(post.text).toBe(payload)
    }
  })

  it('never links javascript:, data: or vbscript: facet URIs', () => {
    const text = 'one two three four'
    const post = map({
      record: {
        text,
        facets: [
          ['javascript:alert(document.cookie)', 0, 3],
          ['  JaVaScRiPt:alert(1)', 4, 7],
          ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 8, 13],
          ['vbscript:msgbox(1)', 14, 18],
        ].map(([uri, byteStart, byteEnd]) => ({
          index: { byteStart: byteStart as number, byteEnd: byteEnd as number },
          features: [{ $type: 'app.bsky.richtext.facet#link', uri: uri as string }],
        })),
      },
    })
    expect(post.html).toBe('<p>one two three four</p>')
  })

  it('drops hostile external embed URIs and thumbnails', () => {
    const card = (uri: string, thumb: string) =>
      map({
        embed: {
          $type: 'app.bsky.embed.external#view',
          external: { uri, thumb, title: '<img src=x onerror=alert(1)>', description: 'd' },
        },
      }).card
    expect(card('javascript:alert(1)', 'https://cdn.example/t.jpg')).toBeUndefined()
    expect(card('/relative/into/our/origin', 'https://cdn.example/t.jpg')).toBeUndefined()
    const safe = card('https://example.org/a', 'javascript:alert(1)')
    expect(safe).toEqual({
      url: 'https://example.org/a',
      // Plain text: the renderers escape it, it is never parsed as HTML.
      title: '<img src=x onerror=alert(1)>',
      description: 'd',
    })
  })

  it('drops images and videos whose URLs are not http(s)', () => {
    const images = map({
      embed: {
        $type: 'app.bsky.embed.images#view',
        images: [
          { fullsize: 'javascript:alert(1)', thumb: 'https://cdn.example/t.jpg', alt: 'a' },
          {
            fullsize: 'https://cdn.example/f.jpg',
            thumb: 'data:image/svg+xml,<svg onload=alert(1)>',
            alt: 'b',
          },
        ],
      },
    }).media
    expect(images).toEqual([{ kind: 'image', url: 'https://cdn.example/f.jpg', alt: 'b' }])
    const video = map({
      embed: { $type: 'app.bsky.embed.video#view', playlist: 'javascript:alert(1)' },
    }).media
    expect(video).toEqual([])
  })

  it('keeps hostile display names as plain text and drops hostile avatars', () => {
    const post = map({
      author: {
        did: 'did:plc:mallory',
        handle: 'mallory.example',
        displayName: '<script>alert(1)</script>\u0000',
        avatar: 'javascript:alert(1)',
      },
    })
    expect(post.author).toEqual({
      name: '<script>alert(1)</script>',
      handle: '@mallory.example',
      url: 'https://bsky.app/profile/mallory.example',
      id: 'did:plc:mallory',
    })
    expect(post.html).not.toContain('script')
  })

  it('survives garbage in every field and still gives a valid Post', () => {
    const post = mapPostView(
      {
        uri: 'at://did:plc:mallory/app.bsky.feed.post/3kevil',
        author: 42,
        record: { text: 7, facets: 'nope', langs: ['"><script>'], createdAt: 12 },
        embed: { $type: 'app.bsky.embed.recordWithMedia#view', media: 'x', record: 5 },
        labels: 'x',
        likeCount: -3,
        replyCount: 1.5,
        viewer: 'x',
      } as never,
      { fetchedAt: FETCHED_AT },
    )
    expect(post.text).toBe('')
    expect(post.language).toBeUndefined()
    expect(post.metrics).toBeUndefined()
    expect(post.createdAt).toBe(FETCHED_AT)
    expect(() => v.parse(postSchema, post)).not.toThrow()
  })

  it('refuses a view without a post at-uri', () => {
    expect(() =>
      mapPostView(hostileView({ uri: 'javascript:alert(1)' }), { fetchedAt: FETCHED_AT }),
    ).toThrow('Bluesky sent a post without a valid at-uri.')
  })
})

import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { Block } from '../domain/block'
import type { Post } from '../domain/post'
import { richTextFromPlainText } from '../domain/richText'
import type { Story } from '../domain/story'
import { findDangerousMarkup } from '../lib/testDangerousMarkup'
import { fullPost, hostilePost, image, makeTestPost } from '../renderers/testPosts'
import { DECK_SCRIPT, exportSlideshowHtml } from './slideshowHtml'
import type { ExportInput } from './types'

// A 1×1 transparent PNG.
const PNG_BYTES = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  ),
  (char) => char.charCodeAt(0),
)
const png = () => new Blob([PNG_BYTES], { type: 'image/png' })

const story = (blocks: Block[], title = 'Launch night'): Story => ({
  id: 'story-1',
  title,
  blocks,
  createdAt: '2024-05-01T10:00:00.000Z',
  updatedAt: '2024-05-01T10:00:00.000Z',
})

const input = (
  blocks: Block[],
  posts: Record<string, Post>,
  fetchMedia: ExportInput['fetchMedia'] = async () => png(),
): ExportInput => ({
  story: story(blocks),
  posts,
  locale: 'en',
  theme: { id: 'light' },
  fetchMedia,
})

const fakeFont = async () => new Blob(['font'], { type: 'font/woff2' })
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

const deckOf = async (value: ExportInput) => {
  const file = await exportSlideshowHtml(value, { nonce: 'test', loadFont: fakeFont })
  const html = await file.content.text()
  const doc = new DOMParser().parseFromString(html, 'text/html')
  return { file, html, doc }
}

const fullStory = (): [Block[], Record<string, Post>] => [
  [
    { id: 'n0', type: 'text', content: richTextFromPlainText('Welcome, everyone.'), notes: true },
    { id: 's1', type: 'section', title: 'Before the doors opened' },
    { id: 'b1', type: 'post', postId: 'mastodon:full' },
    { id: 'n1', type: 'text', content: richTextFromPlainText('Point at the lake.'), notes: true },
    { id: 'b2', type: 'text', content: richTextFromPlainText('Then the lights went out.') },
  ],
  { 'mastodon:full': { ...fullPost(), id: 'mastodon:full' } },
]

describe('exportSlideshowHtml', () => {
  it('writes one standalone file that matches the snapshot', async () => {
    const { file, html } = await deckOf(input(...fullStory()))
    expect(file.fileName).toBe('launch-night-slides.html')
    expect(file.mimeType).toBe('text/html')
    await expect(html).toMatchFileSnapshot('__snapshots__/slideshow.html')
  })

  it('allows its one script and one style by hashes that match their text', async () => {
    const { doc } = await deckOf(input(...fullStory()))
    const csp = doc
      .querySelector('meta[http-equiv="Content-Security-Policy"]')
      ?.getAttribute('content')
    const scripts = doc.querySelectorAll('script')
    const styles = doc.querySelectorAll('style')
    expect(scripts).toHaveLength(1)
    expect(styles).toHaveLength(1)
    expect(scripts[0]!.textContent).toBe(DECK_SCRIPT)
    const directives = new Map(
      csp!.split(';').map((part) => {
        const [name, ...values] = part.trim().split(/\s+/)
        return [name, values.join(' ')] as const
      }),
    )
    expect(directives.get('default-src')).toBe("'none'")
    expect(directives.get('script-src')).toBe(sha256(scripts[0]!.textContent!))
    expect(directives.get('style-src')).toBe(sha256(styles[0]!.textContent!))
    expect(directives.get('img-src')).toBe('data:')
    expect(directives.get('media-src')).toBe('data:')
    expect(directives.get('font-src')).toBe('data:')
    expect(directives.get('connect-src')).toBe("'none'")
    // The CSP must come before anything it governs.
    expect(doc.head.firstElementChild?.getAttribute('charset')).toBe('utf-8')
    expect(doc.head.children[1]?.getAttribute('http-equiv')).toBe('Content-Security-Policy')
  })

  it('loads nothing from elsewhere: media, avatars and fonts are data URLs', async () => {
    const { doc } = await deckOf(input(...fullStory()))
    const sources = Array.from(doc.querySelectorAll('[src], [poster], [srcset]')).flatMap(
      (element) =>
        ['src', 'poster', 'srcset'].map((name) => element.getAttribute(name)).filter(Boolean),
    )
    expect(sources.length).toBeGreaterThan(1)
    for (const source of sources) expect(source).toMatch(/^data:image\/png;base64,/)
    expect(doc.querySelectorAll('link, iframe, object, embed, base')).toHaveLength(0)
    const css = doc.querySelector('style')!.textContent!
    const urls = [...css.matchAll(/url\(\s*['"]?([^'")]+)/g)].map((match) => match[1])
    expect(urls.length).toBeGreaterThan(0)
    for (const url of urls) expect(url).toMatch(/^data:/)
    expect(css).not.toMatch(/@import/i)
  })

  // Vitest hands `?inline` stylesheets over empty, so the slide styles are checked at the source.
  it.each(['slides.css', 'deck.css'])('the deck stylesheet %s points at no file', (name) => {
    const here = dirname(fileURLToPath(import.meta.url))
    const css = readFileSync(join(here, '../renderers/slideshow', name), 'utf8')
    expect(css.length).toBeGreaterThan(1000)
    expect(css).not.toMatch(/url\(|@import|https?:/i)
  })

  it('draws every slide, and keeps speaker notes out of the slides, beside them', async () => {
    const { doc } = await deckOf(input(...fullStory()))
    const slides = Array.from(doc.querySelectorAll('.deck__slot > .slide'))
    expect(slides.map((slide) => slide.getAttribute('aria-label'))).toEqual([
      'Slide 1 of 4',
      'Slide 2 of 4',
      'Slide 3 of 4',
      'Slide 4 of 4',
    ])
    expect(doc.querySelector('h1')?.textContent).toBe('Launch night')
    expect(slides[1]!.querySelector('h2')?.textContent).toBe('Before the doors opened')
    expect(slides[2]!.textContent).toContain('The lake froze overnight!')
    expect(slides[3]!.textContent).toContain('Then the lights went out.')
    const notes = Array.from(doc.querySelectorAll('.deck__slot')).map(
      (slot) => slot.querySelector('.deck__notes')?.textContent,
    )
    expect(notes).toEqual(['Welcome, everyone.', '', 'Point at the lake.', ''])
    for (const slide of slides) expect(slide.textContent).not.toContain('Point at the lake.')
  })

  it('draws a labelled placeholder for media it could not get', async () => {
    const post = makeTestPost('p', { media: [image()] })
    const { doc } = await deckOf(
      input([{ id: 'b', type: 'post', postId: 'p' }], { p: post }, async () => undefined),
    )
    expect(doc.querySelector('.post-media-missing')?.textContent).toBe(
      'Image not included: the file could not be retrieved',
    )
    expect(doc.querySelectorAll('img[src]:not([src^="data:"])')).toHaveLength(0)
  })

  it('lets nothing of a hostile post run', async () => {
    const { doc, html } = await deckOf(
      input([{ id: 'b', type: 'post', postId: 'hostile' }], { hostile: hostilePost() }),
    )
    for (const card of doc.querySelectorAll('.post-card'))
      expect(findDangerousMarkup(card.outerHTML, { allowDataImages: true })).toEqual([])
    for (const element of doc.querySelectorAll('*')) {
      for (const { name, value } of Array.from(element.attributes)) {
        expect(name.toLowerCase().startsWith('on'), `${element.localName}[${name}]`).toBe(false)
        expect(value.replace(/\s/g, '').toLowerCase()).not.toMatch(/^(?:javascript|vbscript):/)
      }
    }
    expect(html.match(/<script/gi)).toHaveLength(1)
  })

  it('its script is valid JavaScript that runs by itself', () => {
    expect(() => new Function(DECK_SCRIPT)).not.toThrow()
  })
})

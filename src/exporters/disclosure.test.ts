import { beforeAll, describe, expect, it, vi } from 'vitest'
import type { Post } from '../domain/post'
import type { Story } from '../domain/story'
import { makeTestPost } from '../renderers/testPosts'
import { exportEmbed } from './embed'
import { exportFeedHtml } from './feedHtml'
import { storyToMarkdown } from './markdown'
import { exportSlideshowHtml } from './slideshowHtml'
import { fakeFetcher } from './testStory'
import type { ExportInput, ExportResult } from './types'

vi.mock('./rendererCss', async () => {
  const { rendererCssText: read } = await import('./testStory')
  return { RENDERER_CSS: read() }
})

beforeAll(() => {
  process.env.TZ = 'UTC'
})

const sponsored = makeTestPost('sponsored', {
  text: 'My favourite boots this winter #ad',
  html: '<p>My favourite boots this winter #ad</p>',
})
const plain = makeTestPost('plain', { text: 'The lake froze', html: '<p>The lake froze</p>' })
const quoting = makeTestPost('quoting', {
  text: 'Look at this',
  html: '<p>Look at this</p>',
  quote: {
    state: 'available',
    post: makeTestPost('quoted', {
      text: 'Partenariat rémunéré avec Acme',
      html: '<p>Partenariat rémunéré avec Acme</p>',
      language: 'fr',
    }),
  },
})

const story: Story = {
  id: 'story-ads',
  title: 'Winter gear',
  createdAt: '2024-05-01T10:00:00.000Z',
  updatedAt: '2024-05-01T10:00:00.000Z',
  blocks: [
    { id: 'b1', type: 'post', postId: 'sponsored' },
    { id: 'b2', type: 'post', postId: 'plain' },
    { id: 'b3', type: 'post', postId: 'quoting' },
  ],
}
const posts: Record<string, Post> = { sponsored, plain, quoting }

const input = (locale: ExportInput['locale'] = 'en'): ExportInput => ({
  story,
  posts,
  locale,
  theme: { id: 'light' },
  fetchMedia: fakeFetcher(),
})

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html')
const fileText = async (result: ExportResult) => result.file.content.text()

/** The visible disclosure label of each post card, keyed by the card's text. */
const labelsOf = (doc: Document) =>
  [...doc.querySelectorAll('.post-card--full')].map((card) => ({
    own: card.querySelector(':scope > .post-disclosure')?.textContent ?? null,
    inQuote: card.querySelector('.post-card--compact > .post-disclosure')?.textContent ?? null,
  }))

describe('the sponsored label in exports', () => {
  it('feed HTML: on the sponsored post and on a sponsored quoted post, not elsewhere', async () => {
    const doc = parse(await fileText(await exportFeedHtml(input(), { nonce: 'test' })))
    expect(labelsOf(doc)).toEqual([
      { own: 'Sponsored', inQuote: null },
      { own: null, inQuote: null },
      { own: null, inQuote: 'Sponsored' },
    ])
  })

  it('feed HTML in French: « Sponsorisé »', async () => {
    const doc = parse(await fileText(await exportFeedHtml(input('fr'), { nonce: 'test' })))
    expect(labelsOf(doc)[0]?.own).toBe('Sponsorisé')
  })

  it('embed snippet carries it too', async () => {
    const result = await exportEmbed(input(), { nonce: 'test' })
    if (result.kind !== 'snippets') throw new Error('expected snippets')
    const doc = parse(result.html)
    expect(doc.querySelectorAll('.post-disclosure')).toHaveLength(2)
  })

  it('slideshow HTML: the sponsored slide says so', async () => {
    const file = await exportSlideshowHtml(input(), {
      nonce: 'test',
      loadFont: async () => new Blob(['font'], { type: 'font/woff2' }),
    })
    const doc = parse(await file.content.text())
    const labels = [...doc.querySelectorAll('.post-disclosure')].map((node) => node.textContent)
    expect(labels).toEqual(['Sponsored', 'Sponsored'])
  })

  it('Markdown: a bold label inside the post’s quote block, and in the quoted post’s', () => {
    const md = storyToMarkdown({ story, posts, locale: 'en' })
    expect(md).toContain('> **Sponsored**\n>\n> My favourite boots this winter #ad')
    expect(md).toContain('> > **Sponsored**\n> >\n> > Partenariat rémunéré avec Acme')
    expect(md.match(/\*\*Sponsored\*\*/g)).toHaveLength(2)
    expect(storyToMarkdown({ story, posts, locale: 'fr' })).toContain('> **Sponsorisé**')
  })
})

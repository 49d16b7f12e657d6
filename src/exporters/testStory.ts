/**
 * Test support for the exporters: a small fixed story, a fake media fetcher and the real
 * renderer stylesheet. Production code must not import this module.
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Post } from '../domain/post'
import type { RichTextDoc } from '../domain/richText'
import type { Story } from '../domain/story'
import {
  cwPost,
  fullPost,
  linkCardPost,
  makeTestPost,
  quotingPost,
  video,
} from '../renderers/testPosts'
import type { ExportInput, MediaFetcher } from './types'

export const FIXED_NOW = new Date('2024-05-02T12:00:00.000Z')

export const rendererCssText = (): string =>
  readFileSync(
    join(dirname(fileURLToPath(import.meta.url)), '..', 'renderers', 'renderers.css'),
    'utf8',
  )

const text = (value: string, marks?: RichTextDoc['content'][number]['marks']) => ({
  type: 'text',
  text: value,
  ...(marks ? { marks } : {}),
})

export const commentary: RichTextDoc = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 3 }, content: [text('Why it matters')] },
    {
      type: 'paragraph',
      content: [
        text('The ice was '),
        text('thick', [{ type: 'bold' }]),
        text(' and '),
        text('early', [{ type: 'italic' }]),
        text('; see '),
        text('the report', [{ type: 'link', attrs: { href: 'https://news.example.com/ice' } }]),
        text('.'),
      ],
    },
    { type: 'blockquote', content: [{ type: 'paragraph', content: [text('Cold is relative.')] }] },
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [text('Skates')] }] },
        { type: 'listItem', content: [{ type: 'paragraph', content: [text('Scarves')] }] },
      ],
    },
  ],
}

/** A post with one file the fetcher cannot get: the page shows a placeholder for it. */
export const missingMediaPost = (): Post =>
  makeTestPost('missing', {
    html: '<p>The photo is gone</p>',
    text: 'The photo is gone',
    media: [
      {
        kind: 'image',
        url: 'https://files.example.social/media/gone.jpg',
        alt: 'A photo that no longer exists',
      },
    ],
  })

export const videoOnlyPost = (): Post =>
  makeTestPost('clip', {
    html: '<p>Listen to the ice</p>',
    text: 'Listen to the ice',
    media: [video()],
  })

export const testPostsById = (): Record<string, Post> =>
  Object.fromEntries(
    [fullPost(), linkCardPost(), quotingPost(), cwPost(), missingMediaPost(), videoOnlyPost()].map(
      (post) => [post.id, post],
    ),
  )

export const testStory = (): Story => ({
  id: 'story-lake',
  title: 'A winter at the lake',
  createdAt: '2024-05-01T10:00:00.000Z',
  updatedAt: '2024-05-01T11:00:00.000Z',
  blocks: [
    { id: 'b1', type: 'section', title: 'Morning' },
    { id: 'b2', type: 'post', postId: 'full' },
    { id: 'b3', type: 'text', content: commentary },
    { id: 'b4', type: 'post', postId: 'card' },
    { id: 'b5', type: 'section', title: 'Afternoon' },
    { id: 'b6', type: 'post', postId: 'quoting' },
    { id: 'b7', type: 'post', postId: 'cw' },
    { id: 'b8', type: 'post', postId: 'missing' },
    { id: 'b9', type: 'post', postId: 'clip' },
  ],
})

const PNG_1PX = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  ),
  (char) => char.charCodeAt(0),
)

/** Serves a tiny PNG for images and a few bytes for videos; `gone.jpg` and cards fail. */
export const fakeFetcher =
  (calls: string[] = []): MediaFetcher =>
  async (url) => {
    calls.push(url)
    if (url.includes('gone') || url.includes('news.example.com')) return undefined
    if (url.endsWith('.mp4'))
      return new Blob([new Uint8Array([0, 0, 0, 24, 102, 116, 121, 112])], { type: 'video/mp4' })
    if (url.endsWith('.mp3'))
      return new Blob([new Uint8Array([73, 68, 51])], { type: 'audio/mpeg' })
    return new Blob([PNG_1PX], { type: 'image/png' })
  }

export const testInput = (overrides: Partial<ExportInput> = {}): ExportInput => ({
  story: testStory(),
  posts: testPostsById(),
  locale: 'en',
  theme: { id: 'light' },
  fetchMedia: fakeFetcher(),
  now: () => FIXED_NOW,
  ...overrides,
})

export const blobText = (blob: Blob): Promise<string> => blob.text()

import { describe, expect, it } from 'vitest'
import type { Block } from '../block'
import type { Media, Post } from '../post'
import { auditAltText, hasDescription } from './altAudit'

const media = (alt: string, curatorAlt?: string): Media => ({
  kind: 'image',
  url: 'https://files.example.social/a.jpg',
  alt,
  ...(curatorAlt === undefined ? {} : { curatorAlt }),
})

const post = (id: string, items: Media[]): Post => ({
  id,
  source: 'mastodon',
  url: `https://example.social/${id}`,
  author: { name: `Author ${id}`, handle: `@${id}@example.social` },
  createdAt: '2025-01-01T00:00:00.000Z',
  fetchedAt: '2025-01-01T00:00:00.000Z',
  text: '',
  html: '',
  media: items,
  availability: { state: 'available' },
})

describe('auditAltText', () => {
  const posts = {
    a: post('a', [media('A lake'), media(''), media('  ', 'Curator words')]),
    b: post('b', [media('   '), { ...media(''), kind: 'video' }]),
    c: post('c', []),
  }
  const blocks: Block[] = [
    { id: 'b1', type: 'post', postId: 'b' },
    { id: 't', type: 'section', title: 'Part 1' },
    { id: 'b2', type: 'post', postId: 'a' },
    { id: 'b3', type: 'post', postId: 'b' },
    { id: 'b4', type: 'post', postId: 'c' },
    { id: 'b5', type: 'post', postId: 'gone' },
  ]

  it('lists media with neither the author’s nor the curator’s description, in story order', () => {
    const missing = auditAltText(blocks, posts)
    expect(missing.map(({ postId, mediaIndex }) => [postId, mediaIndex])).toEqual([
      ['b', 0],
      ['b', 1],
      ['a', 1],
    ])
    expect(missing[2]?.author.handle).toBe('@a@example.social')
    expect(missing[1]?.media.kind).toBe('video')
  })

  it('is empty for a story without posts', () => {
    expect(auditAltText([{ id: 's', type: 'section', title: 'x' }], posts)).toEqual([])
  })

  it('treats blank descriptions as none', () => {
    expect(hasDescription(media(' \n '))).toBe(false)
    expect(hasDescription(media('', ' '))).toBe(false)
    expect(hasDescription(media('', 'A heron'))).toBe(true)
  })
})

import { describe, expect, it } from 'vitest'
import type { Block } from '../block'
import type { Author, Post } from '../post'
import { storyAuthors } from './storyAuthors'
import { storyPosts } from './storyPosts'

const post = (id: string, author: Author, fetchedAt = '2025-01-01T00:00:00.000Z'): Post => ({
  id,
  source: 'mastodon',
  url: `https://example.social/${id}`,
  author,
  createdAt: '2025-01-01T00:00:00.000Z',
  fetchedAt,
  text: '',
  html: '',
  media: [],
  availability: { state: 'available' },
})

const lea: Author = { name: 'Léa', handle: '@lea@example.social', id: '1' }
const leaLater: Author = { ...lea, stats: { followers: 10 } }
const sam: Author = { name: 'Sam', handle: '@sam@example.social' }

describe('storyPosts', () => {
  it('gives each post once, in reading order, with its first block', () => {
    const posts = { p1: post('p1', lea), p2: post('p2', sam) }
    const blocks: Block[] = [
      { id: 'b1', type: 'post', postId: 'p2' },
      { id: 'b2', type: 'section', title: 'x' },
      { id: 'b3', type: 'post', postId: 'p1' },
      { id: 'b4', type: 'post', postId: 'p2' },
      { id: 'b5', type: 'post', postId: 'missing' },
    ]
    expect(storyPosts(blocks, posts).map(({ blockId, post }) => [blockId, post.id])).toEqual([
      ['b1', 'p2'],
      ['b3', 'p1'],
    ])
  })
})

describe('storyAuthors', () => {
  it('groups posts per account and keeps the freshest snapshot of the author', () => {
    const posts = [
      post('p1', lea, '2025-01-01T00:00:00.000Z'),
      post('p2', sam),
      post('p3', leaLater, '2025-02-01T00:00:00.000Z'),
      post('p4', lea, '2025-01-15T00:00:00.000Z'),
    ]
    const authors = storyAuthors(posts)
    expect(authors.map((entry) => entry.key)).toEqual([
      'mastodon|1',
      'mastodon|@sam@example.social',
    ])
    expect(authors[0]?.posts.map((p) => p.id)).toEqual(['p1', 'p3', 'p4'])
    expect(authors[0]?.author).toBe(leaLater)
  })

  it('keeps the same handle on two sources apart', () => {
    const elsewhere = { ...post('p2', sam), source: 'bluesky' }
    expect(storyAuthors([post('p1', sam), elsewhere])).toHaveLength(2)
  })
})

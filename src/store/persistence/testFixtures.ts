/**
 * Test support for persistence tests: fixtures built with the domain factories, and a
 * database name per test. Only test files import this module.
 */
import { createPostBlock, createTextBlock } from '../../domain/blockFactory'
import type { Post } from '../../domain/post'
import { richTextFromPlainText } from '../../domain/richText'
import type { Story } from '../../domain/story'
import { createStory, insertBlock } from '../../domain/storyOps'
import { openStoryDatabase } from './database'
import type { WorkspaceSnapshot } from './types'

export const NOW = '2024-05-01T10:00:00.000Z'
export const LATER = '2024-05-02T11:30:00.000Z'

let databaseCount = 0
export const uniqueDatabaseName = () => `storyloom-test-${++databaseCount}-${crypto.randomUUID()}`

export const openTestDatabase = () => openStoryDatabase(uniqueDatabaseName())

export const makePost = (id: string, text = `Post ${id}`): Post => ({
  id,
  source: 'sample',
  url: `https://example.social/@lea/${encodeURIComponent(id)}`,
  author: { name: 'Léa', handle: '@lea@example.social', url: 'https://example.social/@lea' },
  createdAt: '2024-04-30T08:00:00.000Z',
  fetchedAt: '2024-04-30T09:00:00.000Z',
  text,
  html: `<p>${text}</p>`,
  media: [],
  availability: { state: 'available' },
})

/** A story showing `posts` in order, then a text block. */
export const makeStory = (title: string, posts: readonly Post[] = [], now = NOW): Story => {
  let story = createStory(title, now)
  for (const post of posts)
    story = insertBlock(story, createPostBlock(post.id), story.blocks.length, now)
  return insertBlock(
    story,
    createTextBlock(richTextFromPlainText(`About ${title}`)),
    story.blocks.length,
    now,
  )
}

export const workspaceOf = (
  stories: readonly Story[],
  posts: readonly Post[],
  activeStoryId: string | null = stories[0]?.id ?? null,
): WorkspaceSnapshot => ({
  stories: Object.fromEntries(stories.map((story) => [story.id, story])),
  posts: Object.fromEntries(posts.map((post) => [post.id, post])),
  activeStoryId,
})

import * as v from 'valibot'
import type { Post, PostId } from '../../domain/post'
import {
  describeIssues,
  SCHEMA_VERSION,
  storedStorySchema,
  type StoredStory,
} from '../../domain/schema'
import type { Story } from '../../domain/story'
import { postIdsOf } from '../../domain/storyOps'

/** The posts a story's blocks reference, as found in `posts` (missing ones are left out). */
export const postsOfStory = (
  story: Story,
  posts: Readonly<Record<PostId, Post>>,
): Record<PostId, Post> => {
  const picked: Record<PostId, Post> = {}
  for (const postId of postIdsOf(story)) {
    const post = posts[postId]
    if (post) picked[postId] = post
  }
  return picked
}

export const toStoredStory = (
  story: Story,
  posts: Readonly<Record<PostId, Post>>,
): StoredStory => ({
  schemaVersion: SCHEMA_VERSION,
  story,
  posts,
})

/**
 * Checks a record against the schema the loader applies, so we never write something the
 * next load would call corrupt. Returns why it is invalid, or null.
 */
export const invalidReason = (id: string, record: StoredStory): string | null => {
  if (record.story.id !== id) return `it is filed under id ${id} but its id is ${record.story.id}`
  const result = v.safeParse(storedStorySchema, record)
  return result.success ? null : describeIssues(result.issues)
}

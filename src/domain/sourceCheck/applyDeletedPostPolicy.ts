import type { Post, PostId } from '../post'
import type { Story } from '../story'

/** "Check sources" found that the source no longer has this post. */
export const isDeletedAtSource = (post: Post | undefined): boolean =>
  post?.sourceCheck?.state === 'deleted'

/**
 * A tombstone is what the `tombstone` policy leaves of a deleted post: who wrote it and where
 * it was, nothing of what it said or showed. It is the only kind of post that is both unavailable
 * in its snapshot and found deleted at its source, so renderers know it without a new field.
 */
export const isTombstone = (post: Post): boolean =>
  isDeletedAtSource(post) && post.availability?.state === 'unavailable'

const tombstoneOf = (post: Post): Post => ({
  id: post.id,
  source: post.source,
  url: post.url,
  author: {
    name: post.author.name,
    handle: post.author.handle,
    ...(post.author.url ? { url: post.author.url } : {}),
  },
  createdAt: post.createdAt,
  fetchedAt: post.fetchedAt,
  text: '',
  html: '',
  media: [],
  availability: { state: 'unavailable', reason: 'deleted', checkedAt: post.sourceCheck?.checkedAt },
  sourceCheck: post.sourceCheck,
})

export interface ExportedStory {
  story: Story
  posts: Readonly<Record<PostId, Post>>
}

/**
 * The story as an export shows it under the curator's choice for posts deleted at their source
 * (`Story.deletedPosts`): `keep` (default) leaves them as they are (renderers add a dated note),
 * `tombstone` replaces each by a line naming its author and its link, `omit` leaves its block
 * out. The document itself is never changed.
 */
export const applyDeletedPostPolicy = (
  story: Story,
  posts: Readonly<Record<PostId, Post>>,
): ExportedStory => {
  const policy = story.deletedPosts ?? 'keep'
  const deletedIds = story.blocks.flatMap((block) =>
    block.type === 'post' &&
    Object.hasOwn(posts, block.postId) &&
    isDeletedAtSource(posts[block.postId])
      ? [block.postId]
      : [],
  )
  if (policy === 'keep' || deletedIds.length === 0) return { story, posts }
  if (policy === 'omit') {
    const gone = new Set(deletedIds)
    return {
      story: {
        ...story,
        blocks: story.blocks.filter((block) => block.type !== 'post' || !gone.has(block.postId)),
      },
      posts,
    }
  }
  const next: Record<PostId, Post> = { ...posts }
  for (const id of deletedIds) next[id] = tombstoneOf(posts[id]!)
  return { story, posts: next }
}

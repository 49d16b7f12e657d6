import type { Post, PostId } from './post'
import type { Story } from './story'
import { newId } from './newId'

/** JSON with object keys sorted, so two snapshots compare by content, not by key order. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  )

/**
 * Turns an imported story into a new one that cannot disturb what the workspace holds: a fresh
 * story id and block ids (importing twice gives two stories), and a post whose id is taken by a
 * different snapshot gets an id of its own, so other stories keep showing theirs.
 */
export const prepareImportedStory = (
  story: Story,
  posts: Readonly<Record<PostId, Post>>,
  existingPosts: Readonly<Record<PostId, Post>>,
  now: string,
  makeId: () => string = newId,
): { story: Story; posts: Record<PostId, Post> } => {
  const renamed = new Map<PostId, PostId>()
  const kept: Record<PostId, Post> = {}
  for (const [id, post] of Object.entries(posts)) {
    const clash =
      Object.hasOwn(existingPosts, id) && canonical(existingPosts[id]) !== canonical(post)
    const finalId = clash ? `${id}#import-${makeId()}` : id
    if (clash) renamed.set(id, finalId)
    kept[finalId] = { ...structuredClone(post), id: finalId }
  }
  return {
    story: {
      ...structuredClone(story),
      id: makeId(),
      blocks: story.blocks.map((block) => ({
        ...structuredClone(block),
        id: makeId(),
        ...(block.type === 'post' ? { postId: renamed.get(block.postId) ?? block.postId } : {}),
      })),
      createdAt: now,
      updatedAt: now,
    },
    posts: kept,
  }
}

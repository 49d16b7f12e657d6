import type { Block, BlockId } from '../block'
import type { Post, PostId } from '../post'

export interface StoryPost {
  /** The first block that shows the post. */
  blockId: BlockId
  post: Post
}

/** The posts a story shows, in reading order, each once; blocks whose post is missing are skipped. */
export const storyPosts = (
  blocks: readonly Block[],
  posts: Readonly<Record<PostId, Post>>,
): StoryPost[] => {
  const seen = new Set<PostId>()
  const result: StoryPost[] = []
  for (const block of blocks) {
    if (block.type !== 'post' || seen.has(block.postId)) continue
    seen.add(block.postId)
    // Own keys only: a post id may be `constructor`.
    if (Object.hasOwn(posts, block.postId))
      result.push({ blockId: block.id, post: posts[block.postId]! })
  }
  return result
}

import type { Post, PostId } from '../../domain/post'
import type { Story } from '../../domain/story'

/** The posts a story shows, each once, in story order. */
export const storyPostsToCheck = (
  story: Story | undefined,
  posts: Readonly<Record<PostId, Post>>,
): Post[] => {
  const seen = new Set<PostId>()
  const list: Post[] = []
  for (const block of story?.blocks ?? []) {
    if (block.type !== 'post' || seen.has(block.postId) || !Object.hasOwn(posts, block.postId))
      continue
    seen.add(block.postId)
    list.push(posts[block.postId]!)
  }
  return list
}

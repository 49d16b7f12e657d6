import type { Post, PostId } from '../domain/post'
import type { Story } from '../domain/story'
import { sanitizePostHtml } from '../lib/sanitizeHtml'

/**
 * The snapshots a story shows, and only those (own keys: a post id may be `constructor`), with
 * their HTML sanitised once more: it was sanitised at import, but an export is the last gate
 * before the content leaves the app, so it does not trust what storage gave back.
 */
export const storyPosts = (
  story: Story,
  posts: Readonly<Record<PostId, Post>>,
): Record<PostId, Post> => {
  const clean = (post: Post): Post => ({
    ...post,
    html: sanitizePostHtml(post.html ?? ''),
    ...(post.quote?.state === 'available'
      ? { quote: { state: 'available' as const, post: clean(post.quote.post) } }
      : {}),
  })
  const shown: Record<PostId, Post> = {}
  for (const block of story.blocks) {
    if (
      block.type === 'post' &&
      Object.hasOwn(posts, block.postId) &&
      !Object.hasOwn(shown, block.postId)
    )
      shown[block.postId] = clean(posts[block.postId]!)
  }
  return shown
}

/** True when the story has nothing a reader would see. */
export const isEmptyStory = (story: Story): boolean => story.blocks.length === 0

/** A file name from the story title: lower case ASCII words joined by hyphens. */
export const fileStem = (title: string): string =>
  title
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '') || 'story'

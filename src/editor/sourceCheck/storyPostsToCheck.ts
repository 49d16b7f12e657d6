import { storyPosts } from '../../domain/insights/storyPosts'
import type { Post, PostId } from '../../domain/post'
import type { Story } from '../../domain/story'

/** The posts a story shows, each once, in story order. */
export const storyPostsToCheck = (
  story: Story | undefined,
  posts: Readonly<Record<PostId, Post>>,
): Post[] => storyPosts(story?.blocks ?? [], posts).map(({ post }) => post)

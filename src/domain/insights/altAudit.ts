import type { Block } from '../block'
import type { Author, Media, Post, PostId } from '../post'
import { storyPosts } from './storyPosts'

/** One media item of the story that has no description, neither the author's nor the curator's. */
export interface MissingAlt {
  postId: PostId
  author: Author
  /** Position of the item in the post's media. */
  mediaIndex: number
  media: Media
}

export const hasDescription = (media: Media): boolean =>
  !!media.alt?.trim() || !!media.curatorAlt?.trim()

/**
 * Every media item of the story's posts without a description, in story order, each post once
 * even when it appears in several blocks. Media of quoted posts are not listed: they belong to
 * another snapshot, inside the quoting one, and the curator describes them where they are posted.
 */
export const auditAltText = (
  blocks: readonly Block[],
  posts: Readonly<Record<PostId, Post>>,
): MissingAlt[] => {
  const missing: MissingAlt[] = []
  for (const { post } of storyPosts(blocks, posts)) {
    post.media.forEach((media, mediaIndex) => {
      if (!hasDescription(media))
        missing.push({ postId: post.id, author: post.author, mediaIndex, media })
    })
  }
  return missing
}

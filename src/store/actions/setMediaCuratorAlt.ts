import type { Media, PostId } from '../../domain/post'
import { postIdsOf } from '../../domain/storyOps'
import { commitDocument } from '../editorStore'
import { nowIso, updateActiveStory } from './updateActiveStory'

/** Long enough for a careful description; a paste of a whole article is cut. */
export const CURATOR_ALT_MAX_LENGTH = 1500

const withCuratorAlt = (media: Media, text: string): Media => {
  if (text) return { ...media, curatorAlt: text }
  const { curatorAlt: _removed, ...rest } = media
  return rest
}

/**
 * Sets (or, with blank text, removes) the curator's description of one media item of a post in
 * the open story. The author's own `alt` is never touched: readers are told whose words they
 * read. One undo step, saved like any other edit; the story counts as changed.
 */
export const setMediaCuratorAlt = (postId: PostId, mediaIndex: number, text: string): boolean =>
  commitDocument((document) => {
    const post = document.posts[postId]
    const media = post?.media[mediaIndex]
    const story = document.activeStoryId ? document.stories[document.activeStoryId] : undefined
    if (!post || !media || !story || !postIdsOf(story).includes(postId)) return document
    const clean = text.replace(/\s+/g, ' ').trim().slice(0, CURATOR_ALT_MAX_LENGTH)
    if ((media.curatorAlt ?? '') === clean) return document
    const nextPost = {
      ...post,
      media: post.media.map((item, index) =>
        index === mediaIndex ? withCuratorAlt(item, clean) : item,
      ),
    }
    const touched = updateActiveStory(document, (current) => ({ ...current, updatedAt: nowIso() }))
    return { ...touched, posts: { ...document.posts, [postId]: nextPost } }
  })

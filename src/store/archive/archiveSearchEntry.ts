import type { Post, PostId } from '../../domain/post'
import { foldText } from '../../lib/foldText'

/** What search needs of a post, computed once at import rather than on every keystroke. */
export interface ArchiveSearchEntry {
  id: PostId
  /** Milliseconds since the epoch; 0 when the archive gave no readable date. */
  createdAt: number
  /** Text, author, content warning and card title, folded (see foldText). */
  text: string
  hasMedia: boolean
  isReply: boolean
  isRepost: boolean
  /** The primary language subtag, lower-cased (`en` for `en-GB`); '' when unknown. */
  language: string
}

export const primaryLanguage = (tag: string | undefined): string =>
  (tag ?? '').trim().split(/[-_]/)[0]!.toLowerCase()

export const toArchiveSearchEntry = (post: Post): ArchiveSearchEntry => {
  const createdAt = Date.parse(post.createdAt)
  return {
    id: post.id,
    createdAt: Number.isFinite(createdAt) ? createdAt : 0,
    text: foldText(
      [
        post.text,
        post.author.name,
        post.author.handle,
        post.contentWarning ?? '',
        post.card?.title ?? '',
      ].join(' '),
    ),
    hasMedia: post.media.length > 0,
    isReply: post.replyTo !== undefined,
    isRepost: post.repostedBy !== undefined,
    language: primaryLanguage(post.language),
  }
}

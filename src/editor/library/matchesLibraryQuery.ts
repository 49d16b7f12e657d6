import type { Post } from '../../domain/post'
import { foldText } from '../../lib/foldText'

/** Every word of the query must appear in the post's text, author name or handle. */
export const matchesLibraryQuery = (post: Post, query: string): boolean => {
  const words = foldText(query).split(/\s+/).filter(Boolean)
  if (words.length === 0) return true
  const haystack = foldText(
    [
      post.text,
      post.author.name,
      post.author.handle,
      post.contentWarning ?? '',
      post.card?.title ?? '',
    ].join(' '),
  )
  return words.every((word) => haystack.includes(word))
}

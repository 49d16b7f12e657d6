import type { Author, Post } from '../post'

export interface StoryAuthor {
  /** `source|account id` (or handle when the source gave no id): one account, one entry. */
  key: string
  /** The author as the most recently taken snapshot shows them (freshest counts). */
  author: Author
  /** Their posts in the story, in story order. */
  posts: Post[]
}

export const authorKey = (post: Post): string =>
  `${post.source}|${post.author.id ?? post.author.handle}`

/** The accounts behind a story's posts, in order of first appearance. */
export const storyAuthors = (posts: readonly Post[]): StoryAuthor[] => {
  const byKey = new Map<string, StoryAuthor>()
  const fetchedAt = new Map<string, string>()
  for (const post of posts) {
    const key = authorKey(post)
    const entry = byKey.get(key)
    if (!entry) {
      byKey.set(key, { key, author: post.author, posts: [post] })
      fetchedAt.set(key, post.fetchedAt)
      continue
    }
    entry.posts.push(post)
    if (post.fetchedAt > (fetchedAt.get(key) ?? '')) {
      entry.author = post.author
      fetchedAt.set(key, post.fetchedAt)
    }
  }
  return [...byKey.values()]
}

import type { Author, Post, PostId } from '../post'
import type { Story } from '../story'

export interface CitedAuthor {
  /** `${source}:${handle}` in lower case: stable across stories, the do-not-contact key. */
  key: string
  source: string
  author: Author
}

export interface CitedAuthorGroup {
  source: string
  authors: CitedAuthor[]
}

/** The key a do-not-contact list remembers an author by. */
export const citedAuthorKey = (source: string, author: Pick<Author, 'handle' | 'name'>): string =>
  `${source}:${(author.handle || author.name).trim().toLowerCase()}`

/**
 * Everyone whose words the story shows: the authors of its posts and of the posts they quote
 * (not who boosted them), once each, grouped by network in order of first appearance.
 */
export const citedAuthorsOf = (
  story: Pick<Story, 'blocks'>,
  posts: Readonly<Record<PostId, Post>>,
): CitedAuthorGroup[] => {
  const groups = new Map<string, CitedAuthor[]>()
  const seen = new Set<string>()
  const add = (source: string, author: Author) => {
    if (!(author.handle || author.name).trim()) return
    const key = citedAuthorKey(source, author)
    if (seen.has(key)) return
    seen.add(key)
    const group = groups.get(source) ?? []
    group.push({ key, source, author })
    groups.set(source, group)
  }
  for (const block of story.blocks) {
    if (block.type !== 'post' || !Object.hasOwn(posts, block.postId)) continue
    const post = posts[block.postId]!
    add(post.source, post.author)
    if (post.quote?.state === 'available') add(post.quote.post.source, post.quote.post.author)
  }
  return [...groups].map(([source, authors]) => ({ source, authors }))
}

/**
 * How the author is named in a message: their `@handle` where the network links mentions
 * (a Bluesky DID or a handle-less author falls back to the name), their name in an e-mail.
 */
export const mentionFor = (author: Pick<Author, 'handle' | 'name'>, byEmail: boolean): string => {
  const handle = author.handle.trim()
  if (byEmail || !/^@[^\s@]+(@[^\s@]+)?$/.test(handle)) return author.name.trim() || handle
  return handle
}

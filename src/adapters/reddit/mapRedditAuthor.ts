import type { Author } from '../../domain/post'
import { readText, type RawObject } from './redditFields'
import { REDDIT_ORIGIN } from './redditHtml'

export const DELETED_AUTHOR = '[deleted]'

/** The subreddit a thing was posted in, `r/x`; old answers lack `subreddit_name_prefixed`. */
export const subredditOf = (data: RawObject): string | undefined => {
  const prefixed = readText(data.subreddit_name_prefixed)
  if (prefixed) return prefixed
  const name = readText(data.subreddit)
  return name ? `r/${name}` : undefined
}

/**
 * Reddit gives no avatar in listings (it would cost one request per author). The subreddit goes
 * in the handle, `u/name · r/sub`, as the context the post was written in: Reddit has no
 * server part to a name, and the community is what the reader needs to place the post.
 */
export const mapRedditAuthor = (data: RawObject): Author => {
  const name = readText(data.author) ?? DELETED_AUTHOR
  const subreddit = subredditOf(data)
  const handle = `u/${name}${subreddit ? ` · ${subreddit}` : ''}`
  if (name === DELETED_AUTHOR) return { name, handle }
  const id = readText(data.author_fullname)
  return {
    name,
    handle,
    url: `${REDDIT_ORIGIN}/user/${encodeURIComponent(name)}`,
    ...(id ? { id } : {}),
  }
}

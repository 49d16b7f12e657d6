import { parseHttpUrl } from '../../lib/safeUrl'
import type { SourceQuery } from '../types'

/** What a Reddit query asks for, once the typed text or link has been read. */
export type RedditTarget =
  | { kind: 'subreddit'; subreddit: string }
  | { kind: 'search'; text: string; subreddit?: string }
  | { kind: 'post'; id: string }

const SUBREDDIT = '[A-Za-z0-9][A-Za-z0-9_]{0,20}'
const TYPED_SUBREDDIT = new RegExp(`^/?r/(${SUBREDDIT})/?(?:\\s+(.+))?$`, 's')
const POST_ID = /^[a-z0-9]{1,12}$/i

const REDDIT_HOSTS = new Set([
  'reddit.com',
  'www.reddit.com',
  'old.reddit.com',
  'new.reddit.com',
  'np.reddit.com',
  'm.reddit.com',
])

const postTarget = (id: string | undefined): RedditTarget | undefined =>
  id !== undefined && POST_ID.test(id) ? { kind: 'post', id: id.toLowerCase() } : undefined

/**
 * A Reddit link: a post (`/r/x/comments/<id>/…`, `/comments/<id>`, `/gallery/<id>`,
 * `redd.it/<id>`) or a subreddit (`/r/x`, `/r/x/new`…). Anything else is not ours.
 */
export const parseRedditUrl = (link: string): RedditTarget | undefined => {
  const url = parseHttpUrl(link)
  if (!url) return undefined
  const host = url.hostname.toLowerCase()
  const parts = url.pathname.split('/').filter((part) => part !== '')
  if (host === 'redd.it') return parts.length === 1 ? postTarget(parts[0]) : undefined
  if (!REDDIT_HOSTS.has(host)) return undefined
  if (parts[0] === 'comments' || parts[0] === 'gallery') return postTarget(parts[1])
  if (parts[0] !== 'r' || parts[1] === undefined) return undefined
  if (!new RegExp(`^${SUBREDDIT}$`).test(parts[1])) return undefined
  if (parts[2] === 'comments') return postTarget(parts[3])
  // Share links (`/r/x/s/<token>`) only redirect to a post: not readable without following them.
  if (parts[2] === 's') return undefined
  return { kind: 'subreddit', subreddit: parts[1] }
}

/**
 * Reads the library's query for Reddit. `parseSourceQuery` gives `r/sub` as text, so the
 * subreddit forms are recognised here: `r/sub` or `/r/sub` lists it, `r/sub words` searches it.
 */
export const redditTargetOf = (query: SourceQuery): RedditTarget | undefined => {
  if (query.kind === 'url') return parseRedditUrl(query.url)
  if (query.kind !== 'text') return undefined
  const text = query.text.trim()
  const typed = TYPED_SUBREDDIT.exec(text)
  if (typed?.[1]) {
    const words = typed[2]?.trim()
    return words
      ? { kind: 'search', text: words, subreddit: typed[1] }
      : { kind: 'subreddit', subreddit: typed[1] }
  }
  return text === '' ? undefined : { kind: 'search', text }
}

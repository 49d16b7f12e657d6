import { parseHttpUrl } from '../../lib/safeUrl'
import type { SourceQuery } from '../types'

/** The story lists the API publishes, by the word the user types. */
export const STORY_LISTS = {
  top: 'topstories',
  new: 'newstories',
  best: 'beststories',
  ask: 'askstories',
  show: 'showstories',
  job: 'jobstories',
} as const

export type StoryList = keyof typeof STORY_LISTS

export type HackerNewsTarget =
  { kind: 'item'; id: number } | { kind: 'list'; list: StoryList } | { kind: 'user'; id: string }

const USER_ID = /^[A-Za-z0-9_-]{1,32}$/

/** `https://news.ycombinator.com/item?id=8863` → 8863. */
export const itemIdFromUrl = (link: string): number | undefined => {
  const url = parseHttpUrl(link)
  if (!url) return undefined
  if (url.hostname !== 'news.ycombinator.com' || url.pathname !== '/item') return undefined
  const id = url.searchParams.get('id') ?? ''
  return /^\d{1,12}$/.test(id) ? Number(id) : undefined
}

const isStoryList = (word: string): word is StoryList => Object.hasOwn(STORY_LISTS, word)

/**
 * Hacker News has no search in its API: a link reads an item, `top`/`new`/`best`/`ask`/`show`
 * read a list, `@user` or `user:name` read what someone submitted.
 */
export const hackerNewsTargetOf = (query: SourceQuery): HackerNewsTarget | undefined => {
  if (query.kind === 'url') {
    const id = itemIdFromUrl(query.url)
    return id === undefined ? undefined : { kind: 'item', id }
  }
  if (query.kind === 'account') {
    const id = query.handle.replace(/^@/, '')
    return USER_ID.test(id) ? { kind: 'user', id } : undefined
  }
  if (query.kind !== 'text') return undefined
  const text = query.text.trim()
  const word = text.toLowerCase()
  if (isStoryList(word)) return { kind: 'list', list: word }
  const user = /^user:\s*(\S+)$/i.exec(text)?.[1]
  return user && USER_ID.test(user) ? { kind: 'user', id: user } : undefined
}

import type { SourceQuery } from '../types'

export type LemmyTarget =
  | { kind: 'community'; name: string }
  | { kind: 'search'; text: string }
  | { kind: 'post'; server: string; id: number }

const NAME = '[A-Za-z0-9_]{1,64}'
const HOST = '[A-Za-z0-9.-]+\\.[A-Za-z]{2,}'
/** `!name`, `!name@instance`, `c/name`, `/c/name`, `c/name@instance`. */
const TYPED_COMMUNITY = new RegExp(`^(?:!|/?c/)(${NAME}(?:@${HOST})?)$`)

/**
 * A Lemmy link: a post (`https://host/post/123`) or a community (`https://host/c/name`). Post ids
 * belong to the instance in the link, so the post is read there.
 */
export const parseLemmyUrl = (link: string): LemmyTarget | undefined => {
  let url: URL
  try {
    url = new URL(link)
  } catch {
    return undefined
  }
  if (url.protocol !== 'https:') return undefined
  const post = /^\/post\/(\d{1,12})\/?$/.exec(url.pathname)
  if (post?.[1]) return { kind: 'post', server: url.origin, id: Number(post[1]) }
  const community = new RegExp(`^/c/(${NAME}(?:@${HOST})?)/?$`).exec(url.pathname)
  // A community link names it on the link's instance; the user's server knows it by name@host.
  if (community?.[1])
    return {
      kind: 'community',
      name: community[1].includes('@') ? community[1] : `${community[1]}@${url.hostname}`,
    }
  return undefined
}

/** Reads the library's query for Lemmy; `parseSourceQuery` gives `!name` and `c/name` as text. */
export const lemmyTargetOf = (query: SourceQuery): LemmyTarget | undefined => {
  if (query.kind === 'url') return parseLemmyUrl(query.url)
  if (query.kind !== 'text') return undefined
  const text = query.text.trim()
  const community = TYPED_COMMUNITY.exec(text)
  if (community?.[1]) return { kind: 'community', name: community[1] }
  return text === '' ? undefined : { kind: 'search', text }
}

import { blueskyAdapter } from './bluesky/blueskyAdapter'
import { mastodonAdapter } from './mastodon/mastodonAdapter'
import type { SourceAdapter } from './types'

/** Every network source, in the order the library offers them. Adding one is one line here. */
export const SOURCE_ADAPTERS = [
  mastodonAdapter,
  blueskyAdapter,
] as const satisfies readonly SourceAdapter[]

/** Bluesky's links are known by host, Mastodon's only by path on any host: test Bluesky first. */
const MATCH_ORDER: readonly SourceAdapter[] = [blueskyAdapter, mastodonAdapter]

export const adapterById = (id: string): SourceAdapter | undefined =>
  SOURCE_ADAPTERS.find((adapter) => adapter.id === id)

/** The source a pasted or dropped link belongs to, if any. */
export const adapterForUrl = (link: string): SourceAdapter | undefined => {
  let url: URL
  try {
    url = new URL(link)
  } catch {
    return undefined
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined
  return MATCH_ORDER.find((adapter) => adapter.matchesUrl(url))
}

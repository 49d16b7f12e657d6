import { blueskySource } from './bluesky/blueskySource'
import { mastodonSource } from './mastodon/mastodonSource'
import type { SourceEntry } from './types'

/**
 * Every network source, in the order the library offers them. Adding one is one line here.
 * Each adapter's code is fetched the first time it is used, so the editor's first load pays
 * only for the descriptors.
 */
export const SOURCES: readonly SourceEntry[] = [
  {
    ...mastodonSource,
    load: () => import('./mastodon/mastodonAdapter').then((module) => module.mastodonAdapter),
  },
  {
    ...blueskySource,
    load: () => import('./bluesky/blueskyAdapter').then((module) => module.blueskyAdapter),
  },
]

export const sourceById = (id: string): SourceEntry | undefined =>
  SOURCES.find((source) => source.id === id)

/** Bluesky's links are known by host, Mastodon's only by path on any host: test Bluesky first. */
const MATCH_ORDER = [blueskySource.id, mastodonSource.id]
  .map(sourceById)
  .filter((source): source is SourceEntry => source !== undefined)

/** The source a pasted or dropped link belongs to, if any. */
export const sourceForUrl = (link: string): SourceEntry | undefined => {
  let url: URL
  try {
    url = new URL(link)
  } catch {
    return undefined
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined
  return MATCH_ORDER.find((source) => source.matchesUrl(url))
}

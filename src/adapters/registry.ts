import { blueskySource } from './bluesky/blueskySource'
import { feedSource } from './feed/feedSource'
import { mastodonSource } from './mastodon/mastodonSource'
import { oembedSource } from './oembed/oembedSource'
import { redditSource } from './reddit/redditSource'
import { hackernewsSource } from './hackernews/hackernewsSource'
import { lemmySource } from './lemmy/lemmySource'
import { parseHttpUrl } from '../lib/safeUrl'
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
  {
    ...feedSource,
    load: () => import('./feed/feedAdapter').then((module) => module.feedAdapter),
  },
  {
    ...oembedSource,
    load: () => import('./oembed/oembedAdapter').then((module) => module.oembedAdapter),
  },
  {
    ...redditSource,
    load: () => import('./reddit/redditAdapter').then((module) => module.redditAdapter),
  },
  {
    ...hackernewsSource,
    load: () => import('./hackernews/hackernewsAdapter').then((module) => module.hackernewsAdapter),
  },
  {
    ...lemmySource,
    load: () => import('./lemmy/lemmyAdapter').then((module) => module.lemmyAdapter),
  },
]

export const sourceById = (id: string): SourceEntry | undefined =>
  SOURCES.find((source) => source.id === id)

/**
 * Which source a pasted link is tried against, first to last: sources known by their host
 * (Bluesky, Reddit, Hacker News, the oEmbed providers) before those known only by a path on any
 * host (Mastodon's `/@user/id`, Lemmy's `/post/id`), and feeds, the loosest, last.
 */
const MATCH_ORDER = [
  blueskySource.id,
  redditSource.id,
  hackernewsSource.id,
  oembedSource.id,
  mastodonSource.id,
  lemmySource.id,
  feedSource.id,
]
  .map(sourceById)
  .filter((source): source is SourceEntry => source !== undefined)

/** The source a pasted or dropped link belongs to, if any. */
export const sourceForUrl = (link: string): SourceEntry | undefined => {
  const url = parseHttpUrl(link)
  if (!url) return undefined
  return MATCH_ORDER.find((source) => source.matchesUrl(url))
}

import { EMBED_PLAYERS, type PlayerLocation } from '../../lib/embedPlayers'

/**
 * Whether a provider's oEmbed endpoint sends `Access-Control-Allow-Origin`, as recorded in
 * docs/sources (§6). Only `yes` is fetched straight from the browser; the others go through
 * our relay, and without one the adapter says the relay is needed.
 */
export type CorsSupport = 'yes' | 'no' | 'unverified'

export interface OembedProvider {
  /** Shown to the user, and the key of its player allow-list in `EMBED_PLAYERS`. */
  name: string
  /** Whether a page link (already known to be http(s)) is one this provider embeds. */
  matches(page: URL): boolean
  /** The oEmbed request for that page. */
  endpoint(page: URL): string
  cors: CorsSupport
  /** Hosts and paths its iframe player may load from; empty for script embeds (card only). */
  players: readonly PlayerLocation[]
  /** Its posts have an adapter of their own that reads far more than oEmbed gives. */
  hasOwnAdapter?: boolean
}

/** The registrable host without the `www.`/`m.`/`mobile.` prefixes providers serve pages on. */
const siteOf = (page: URL): string => page.hostname.toLowerCase().replace(/^(?:www|m|mobile)\./, '')

const onSite = (page: URL, ...sites: string[]): boolean => sites.includes(siteOf(page))

/** `base` with the page link and `format=json` as query parameters. */
const endpointFor =
  (base: string) =>
  (page: URL): string => {
    const request = new URL(base)
    request.searchParams.set('url', page.href)
    request.searchParams.set('format', 'json')
    return request.href
  }

const META_GRAPH = 'https://graph.facebook.com/v23.0'

const playersOf = (name: string): readonly PlayerLocation[] => EMBED_PLAYERS[name] ?? []

const YOUTUBE_ID = /^[\w-]{11}$/

const youtubeVideoId = (page: URL): string | undefined => {
  if (onSite(page, 'youtu.be')) return page.pathname.split('/')[1]
  if (!onSite(page, 'youtube.com', 'music.youtube.com')) return undefined
  if (page.pathname === '/watch') return page.searchParams.get('v') ?? undefined
  return /^\/shorts\/([^/]+)\/?$/.exec(page.pathname)?.[1]
}

/**
 * Every provider Storyloom embeds, in matching order. Mastodon accepts a path on any host, so it
 * comes last: a more specific provider must win first.
 */
export const OEMBED_PROVIDERS: readonly OembedProvider[] = [
  {
    name: 'YouTube',
    matches: (page) => YOUTUBE_ID.test(youtubeVideoId(page) ?? ''),
    endpoint: endpointFor('https://www.youtube.com/oembed'),
    // It reflects the page's Origin; only a null origin (file://, sandbox) is refused.
    cors: 'yes',
    players: playersOf('YouTube'),
  },
  {
    name: 'Vimeo',
    // Public videos are /<id>; unlisted ones add their hash: /<id>/<hash>.
    matches: (page) =>
      onSite(page, 'vimeo.com') && /^\/\d+(?:\/[0-9a-f]+)?\/?$/.test(page.pathname),
    endpoint: endpointFor('https://vimeo.com/api/oembed.json'),
    cors: 'yes',
    players: playersOf('Vimeo'),
  },
  {
    name: 'X',
    matches: (page) =>
      onSite(page, 'x.com', 'twitter.com') && /^\/\w+\/status\/\d+\/?$/.test(page.pathname),
    endpoint: endpointFor('https://publish.twitter.com/oembed'),
    cors: 'no',
    players: [],
  },
  {
    name: 'Threads',
    matches: (page) =>
      onSite(page, 'threads.net', 'threads.com') &&
      /^\/@[\w.]+\/post\/[\w-]+\/?$/.test(page.pathname),
    endpoint: endpointFor('https://graph.threads.net/v1.0/oembed'),
    cors: 'unverified',
    players: [],
  },
  {
    name: 'TikTok',
    matches: (page) =>
      onSite(page, 'tiktok.com') && /^\/@[\w.-]+\/video\/\d+\/?$/.test(page.pathname),
    endpoint: endpointFor('https://www.tiktok.com/oembed'),
    cors: 'yes',
    players: playersOf('TikTok'),
  },
  {
    name: 'Flickr',
    matches: (page) =>
      (onSite(page, 'flickr.com') && /^\/photos\/[^/]+\/\d+/.test(page.pathname)) ||
      (onSite(page, 'flic.kr') && /^\/p\/\w+\/?$/.test(page.pathname)),
    endpoint: endpointFor('https://www.flickr.com/services/oembed/'),
    cors: 'no',
    players: [],
  },
  {
    name: 'Spotify',
    matches: (page) =>
      page.hostname === 'open.spotify.com' &&
      /^(?:\/intl-[\w-]+)?\/(?:track|album|playlist|episode|show)\/\w+\/?$/.test(page.pathname),
    endpoint: endpointFor('https://open.spotify.com/oembed'),
    cors: 'yes',
    players: playersOf('Spotify'),
  },
  {
    name: 'SoundCloud',
    matches: (page) =>
      onSite(page, 'soundcloud.com') && /^\/[\w-]+\/[\w-]+\/?$/.test(page.pathname),
    endpoint: endpointFor('https://soundcloud.com/oembed'),
    cors: 'unverified',
    players: playersOf('SoundCloud'),
  },
  {
    name: 'Instagram',
    matches: (page) =>
      onSite(page, 'instagram.com') &&
      /^(?:\/[\w.]+)?\/(?:p|reel|tv)\/[\w-]+\/?$/.test(page.pathname),
    // Tokenless since 2026-06-15 (1,000 requests an hour per endpoint).
    endpoint: endpointFor(`${META_GRAPH}/instagram_oembed`),
    cors: 'yes',
    players: [],
  },
  {
    name: 'Facebook',
    matches: (page) =>
      onSite(page, 'facebook.com') &&
      /^\/[\w.-]+\/(?:posts|videos)\/[\w.-]+\/?$/.test(page.pathname),
    endpoint: (page) =>
      endpointFor(
        `${META_GRAPH}/${/\/videos\//.test(page.pathname) ? 'oembed_video' : 'oembed_post'}`,
      )(page),
    cors: 'yes',
    players: [],
  },
  {
    name: 'Bluesky',
    matches: (page) =>
      onSite(page, 'bsky.app') && /^\/profile\/[^/]+\/post\/[\w-]+\/?$/.test(page.pathname),
    endpoint: endpointFor('https://embed.bsky.app/oembed'),
    cors: 'unverified',
    players: [],
    hasOwnAdapter: true,
  },
  {
    name: 'Mastodon',
    matches: (page) => /^\/@[\w.-]+\/\d+\/?$/.test(page.pathname),
    // The instance's own endpoint; its /api/* answers CORS for every origin.
    endpoint: (page) => endpointFor(`https://${page.host}/api/oembed`)(page),
    cors: 'yes',
    players: [],
    hasOwnAdapter: true,
  },
]

/** The provider that embeds a pasted page link, if any (http(s) links only). */
export const providerForUrl = (page: URL): OembedProvider | undefined => {
  if (page.protocol !== 'https:' && page.protocol !== 'http:') return undefined
  return OEMBED_PROVIDERS.find((provider) => provider.matches(page))
}

/** The names, for messages that tell the user what can be pasted. */
export const providerNames = (): string[] => OEMBED_PROVIDERS.map((provider) => provider.name)

/**
 * Where a link embed's live player may come from. The adapter keeps a player address only when it
 * is listed here, and the renderer checks again before it draws an iframe: a story file is
 * untrusted data, so a `playerUrl` read back from it is as hostile as one from the network.
 */

export interface PlayerLocation {
  host: string
  /** The path every player page starts with on that host. */
  pathPrefix: string
}

/**
 * Providers whose oEmbed answer holds an iframe player, by provider name (the name in
 * `src/adapters/oembed/providers.ts`). The others (X, Threads, Instagram, Facebook, Bluesky,
 * Mastodon) embed with a script of their own, which we never run: those stay a card.
 */
export const EMBED_PLAYERS: Readonly<Record<string, readonly PlayerLocation[]>> = {
  YouTube: [
    { host: 'www.youtube.com', pathPrefix: '/embed/' },
    { host: 'www.youtube-nocookie.com', pathPrefix: '/embed/' },
  ],
  Vimeo: [{ host: 'player.vimeo.com', pathPrefix: '/video/' }],
  Spotify: [{ host: 'open.spotify.com', pathPrefix: '/embed/' }],
  SoundCloud: [{ host: 'w.soundcloud.com', pathPrefix: '/player/' }],
  TikTok: [{ host: 'www.tiktok.com', pathPrefix: '/embed/' }],
}

const parsed = (url: string): URL | undefined => {
  try {
    return new URL(url)
  } catch {
    return undefined
  }
}

/**
 * The player address, normalised, when it is https on one of `provider`'s player hosts and
 * paths; otherwise undefined. No credentials or explicit port: nothing a real player link has.
 */
export const safePlayerUrl = (
  url: string | undefined,
  provider: string | undefined,
): string | undefined => {
  if (typeof url !== 'string' || provider === undefined) return undefined
  const players = Object.hasOwn(EMBED_PLAYERS, provider) ? EMBED_PLAYERS[provider] : undefined
  const player = parsed(url.trim())
  if (!players || !player) return undefined
  if (player.protocol !== 'https:' || player.username || player.password || player.port)
    return undefined
  const allowed = players.some(
    ({ host, pathPrefix }) =>
      player.hostname === host &&
      player.pathname.startsWith(pathPrefix) &&
      // A bare prefix names no player, unless the query does (SoundCloud's /player/?url=…).
      (player.pathname.length > pathPrefix.length || player.search.length > 1),
  )
  return allowed ? player.href : undefined
}

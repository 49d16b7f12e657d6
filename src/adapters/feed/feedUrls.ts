/**
 * Which links are feeds. Only unmistakable ones, so a pasted post link (a Mastodon status, a
 * Bluesky post) never goes to the feed source; profile and channel pages with a well-known
 * feed are turned into that feed's address.
 */

const FEED_PATH = /(?:\.rss|\.atom|\.xml|\/feed\.json|\/feed\/?|\/rss\/?)$/i

/** Mastodon `/@user.rss`, Bluesky `/profile/<handle>/rss`, YouTube's `/feeds/videos.xml`. */
export const matchesFeedUrl = (url: URL): boolean => {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false
  if (url.hostname === 'bsky.app') return /^\/profile\/[^/]+\/rss\/?$/.test(url.pathname)
  return FEED_PATH.test(url.pathname)
}

const YOUTUBE_HOSTS = new Set(['youtube.com', 'www.youtube.com', 'm.youtube.com'])

/**
 * The feed of a profile or channel page: `https://host/@user` → `…/@user.rss`,
 * `bsky.app/profile/<handle>` → `…/rss`, `youtube.com/channel/UC…` → its videos.xml.
 * Any other address is returned as it is: it may be a feed with an unusual path.
 */
export const feedUrlFor = (link: string): string => {
  let url: URL
  try {
    url = new URL(link)
  } catch {
    return link
  }
  if (url.hostname === 'bsky.app') {
    const profile = /^\/profile\/([^/]+)\/?$/.exec(url.pathname)
    return profile ? `https://bsky.app/profile/${profile[1] ?? ''}/rss` : link
  }
  if (YOUTUBE_HOSTS.has(url.hostname)) {
    const channel = /^\/channel\/(UC[\w-]{22})\/?(?:videos\/?)?$/.exec(url.pathname)
    return channel
      ? `https://www.youtube.com/feeds/videos.xml?channel_id=${channel[1] ?? ''}`
      : link
  }
  const mastodonProfile = /^\/@([\w.-]+(?:@[\w.-]+)?)\/?$/.exec(url.pathname)
  if (mastodonProfile && url.search === '') return `${url.origin}/@${mastodonProfile[1] ?? ''}.rss`
  return link
}

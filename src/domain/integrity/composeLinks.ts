/**
 * Compose links for "Notify authors": each opens the curator's own composer with the message
 * filled in. Nothing is sent from here; the curator reads, edits and posts it themselves.
 */

/** Where a message about a post of a given source is written. */
export type ComposeTarget = 'mastodon' | 'bluesky' | 'x' | 'email'

/** The composer for a post's source: its own network when it has a share intent, else e-mail. */
export const composeTargetFor = (source: string): ComposeTarget => {
  switch (source) {
    case 'mastodon':
      return 'mastodon'
    case 'bluesky':
      return 'bluesky'
    case 'twitter':
    case 'x':
      return 'x'
    default:
      return 'email'
  }
}

/**
 * Mastodon's share page on the curator's own server (they are signed in there, not on the
 * author's). Only an http(s) origin is accepted; anything else throws rather than build a link
 * to an unexpected place.
 */
export const mastodonShareLink = (server: string, text: string): string => {
  const address = server.includes('://') ? server.trim() : `https://${server.trim()}`
  const url = URL.canParse(address) ? new URL(address) : undefined
  if (url?.protocol !== 'https:' && url?.protocol !== 'http:')
    throw new Error(`The Mastodon server address must be an http(s) address: “${server}”`)
  return `${url.origin}/share?text=${encodeURIComponent(text)}`
}

export const blueskyComposeLink = (text: string): string =>
  `https://bsky.app/intent/compose?text=${encodeURIComponent(text)}`

export const xComposeLink = (text: string): string =>
  `https://x.com/intent/post?text=${encodeURIComponent(text)}`

/** No recipient: the curator knows (or looks up) the author's address in their own mail app. */
export const mailtoLink = (subject: string, body: string): string =>
  `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`

export interface ComposeOptions {
  /** The curator's Mastodon server, e.g. `https://mastodon.social`. */
  mastodonServer: string
  /** The e-mail subject. */
  subject: string
}

export const composeLink = (target: ComposeTarget, text: string, options: ComposeOptions) => {
  switch (target) {
    case 'mastodon':
      return mastodonShareLink(options.mastodonServer, text)
    case 'bluesky':
      return blueskyComposeLink(text)
    case 'x':
      return xComposeLink(text)
    case 'email':
      return mailtoLink(options.subject, text)
  }
}

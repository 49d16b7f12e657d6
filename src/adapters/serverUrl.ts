export type ServerUrlResult =
  { ok: true; url: string } | { ok: false; reason: 'empty' | 'invalid' | 'insecure' }

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * Turns what the user typed as a server ("mastodon.social", "https://bsky.social/") into a
 * base URL without a trailing slash. Plain `http` is accepted only on this machine (a
 * self-hosted server, tests); anywhere else it would send requests in the clear.
 */
export const normalizeServerUrl = (input: string): ServerUrlResult => {
  const text = input.trim()
  if (text === '') return { ok: false, reason: 'empty' }
  const withScheme = /^[a-z][a-z\d+.-]*:\/\//i.test(text) ? text : `https://${text}`
  let url: URL
  try {
    url = new URL(withScheme)
  } catch {
    return { ok: false, reason: 'invalid' }
  }
  if (url.username || url.password || url.search || url.hash || !url.hostname.includes('.'))
    if (!LOCAL_HOSTS.has(url.hostname)) return { ok: false, reason: 'invalid' }
  if (url.protocol === 'http:' && !LOCAL_HOSTS.has(url.hostname))
    return { ok: false, reason: 'insecure' }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, reason: 'invalid' }
  return { ok: true, url: `${url.origin}${url.pathname.replace(/\/+$/, '')}` }
}

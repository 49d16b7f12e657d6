import { parseHttpUrl } from '../../lib/safeUrl'

/** Query parameters that only track who shared a link; the same page is one post without them. */
const TRACKING_PARAMETERS = /^(?:utm_\w+|si|igshid|igsh|fbclid|ref_src|ref_url|feature|s|t)$/i

/** The pasted link as a URL when it is http(s); undefined otherwise. */
export const parsePageUrl = (link: string): URL | undefined => parseHttpUrl(link.trim())

/**
 * The page link as an identity: https, lower-case host without `www.`, no fragment, no tracking
 * parameters, no trailing slash, so pasting the same video twice finds the same post.
 */
export const normalisePageUrl = (page: URL): string => {
  const url = new URL(page.href)
  url.protocol = 'https:'
  url.hostname = url.hostname.toLowerCase().replace(/^www\./, '')
  url.hash = ''
  for (const name of [...url.searchParams.keys()]) {
    if (TRACKING_PARAMETERS.test(name)) url.searchParams.delete(name)
  }
  url.searchParams.sort()
  if (url.pathname.length > 1) url.pathname = url.pathname.replace(/\/+$/, '')
  return url.href
}

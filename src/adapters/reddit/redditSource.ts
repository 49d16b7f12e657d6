import type { SourceDescriptor } from '../types'
import { parseRedditUrl } from './redditTarget'

/** Reddit, read through Storyloom's relay only (anonymous browser access is blocked). */
export const redditSource: SourceDescriptor = {
  id: 'reddit',
  label: 'Reddit',
  defaultServer: 'https://www.reddit.com',
  queryKinds: ['url', 'text'],
  matchesUrl: (url) => parseRedditUrl(url.href) !== undefined,
}

import type { SourceDescriptor } from '../types'
import { parseBlueskyUrl } from './parseBlueskyUrl'

/** Bluesky's public AppView, and any AppView the user names. */
export const blueskySource: SourceDescriptor = {
  id: 'bluesky',
  label: 'Bluesky',
  defaultServer: 'https://public.api.bsky.app',
  queryKinds: ['account', 'url', 'hashtag', 'text'],
  matchesUrl: (url) => parseBlueskyUrl(url.href) !== undefined,
}

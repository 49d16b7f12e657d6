import type { SourceDescriptor } from '../types'
import { matchesFeedUrl } from './feedUrls'

/** RSS, Atom and JSON Feed: blogs, YouTube channels, Mastodon and Bluesky profiles. */
export const feedSource: SourceDescriptor = {
  id: 'feed',
  label: 'Feeds (RSS, Atom, JSON)',
  // A feed is its own address: there is no server to choose.
  defaultServer: '',
  choosesServer: false,
  // Mastodon's feeds send CORS headers; YouTube's, Bluesky's and most blogs' do not.
  relay: 'some',
  queryKinds: ['url'],
  matchesUrl: matchesFeedUrl,
}

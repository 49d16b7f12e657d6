import type { SourceDescriptor } from '../types'
import { parsePageUrl } from './pageUrl'
import { providerForUrl } from './providers'

/**
 * Links to pages of video, music, photo and social sites, drawn as cards from their oEmbed
 * answers. Bluesky and Mastodon posts are left to their own adapters, which read the whole post.
 */
export const oembedSource: SourceDescriptor = {
  id: 'oembed',
  label: 'Links (oEmbed)',
  // Each provider has its own fixed endpoint: there is no server to choose.
  defaultServer: '',
  choosesServer: false,
  // X, Flickr and providers whose CORS is unverified; the others are read straight.
  relay: 'some',
  queryKinds: ['url'],
  matchesUrl: (url) => {
    const page = parsePageUrl(url.href)
    const provider = page && providerForUrl(page)
    return provider !== undefined && provider.hasOwnAdapter !== true
  },
}

import type { SourceDescriptor } from '../types'
import { matchesStatusUrl } from './statusUrl'

/** Mastodon and every server that speaks its API (GoToSocial, Akkoma, Pixelfed…). */
export const mastodonSource: SourceDescriptor = {
  id: 'mastodon',
  label: 'Mastodon',
  defaultServer: 'https://mastodon.social',
  queryKinds: ['hashtag', 'account', 'url', 'text'],
  matchesUrl: matchesStatusUrl,
}

import type { SourceDescriptor } from '../types'

/**
 * Lemmy on any instance, read directly (Lemmy allows any origin by default). Only post links
 * are claimed: `/post/<number>` is Lemmy's shape, and few other sites use exactly it.
 */
export const lemmySource: SourceDescriptor = {
  id: 'lemmy',
  label: 'Lemmy',
  defaultServer: 'https://lemmy.world',
  queryKinds: ['url', 'text'],
  matchesUrl: (url) => url.protocol === 'https:' && /^\/post\/\d{1,12}\/?$/.test(url.pathname),
}

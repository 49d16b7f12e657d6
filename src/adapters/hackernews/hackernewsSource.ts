import type { SourceDescriptor } from '../types'
import { itemIdFromUrl } from './hackernewsTarget'

/** Hacker News through its official Firebase API, which answers browsers directly. */
export const hackernewsSource: SourceDescriptor = {
  id: 'hackernews',
  label: 'Hacker News',
  defaultServer: 'https://hacker-news.firebaseio.com/v0',
  queryKinds: ['url', 'account', 'text'],
  matchesUrl: (url) => itemIdFromUrl(url.href) !== undefined,
}

import { htmlToText } from '../../lib/htmlToText'
import type { FeedContent } from './feedModel'

/** Plain text of a title or summary, whichever way the feed wrote it. */
export const contentText = (content: FeedContent | undefined): string | undefined => {
  if (!content) return undefined
  const text = (content.kind === 'html' ? htmlToText(content.value) : content.value).trim()
  return text === '' ? undefined : text
}

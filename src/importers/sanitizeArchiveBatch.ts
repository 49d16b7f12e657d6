import { sanitizePostHtml } from '../lib/sanitizeHtml'
import { isRichTextHtml } from './richTextHtml'
import type { ArchiveBatch } from './types'

/** HTML the worker built from plain text passes a strict shape check; anything else DOMPurify. */
const sanitize = (html: string) => (isRichTextHtml(html) ? html : sanitizePostHtml(html))

/**
 * Main thread only (DOMPurify needs a DOM). Mastodon archives carry status HTML as the server
 * wrote it, and the worker cannot sanitise, so every batch goes through here before it is
 * stored; the HTML the worker built itself is recognised by its shape and kept as it is.
 */
export const sanitizeArchiveBatch = (batch: ArchiveBatch): ArchiveBatch => {
  for (const post of batch.posts) {
    post.html = sanitize(post.html)
    if (post.quote?.state === 'available') post.quote.post.html = sanitize(post.quote.post.html)
  }
  return batch
}

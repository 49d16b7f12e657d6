import { sanitizePostHtml } from '../lib/sanitizeHtml'
import type { ArchiveBatch } from './types'

/**
 * Main thread only (DOMPurify needs a DOM). Mastodon archives carry status HTML as the server
 * wrote it, and the worker cannot sanitise, so every batch goes through here before it is
 * stored; the HTML the worker built itself is safe already and comes out unchanged.
 */
export const sanitizeArchiveBatch = (batch: ArchiveBatch): ArchiveBatch => {
  for (const post of batch.posts) {
    post.html = sanitizePostHtml(post.html)
    if (post.quote?.state === 'available')
      post.quote.post.html = sanitizePostHtml(post.quote.post.html)
  }
  return batch
}

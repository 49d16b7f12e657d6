import { detectSponsored } from '../../domain/integrity/disclosure'
import type { Post } from '../../domain/post'
import { rendererStrings, type RendererLocale } from '../rendererStrings'

export interface PostDisclosureProps {
  post: Pick<Post, 'text' | 'contentWarning' | 'labels'>
  locale: RendererLocale
}

/**
 * "Sponsored" in words above a post that discloses a paid relationship, so every output that
 * draws a card (editor, feed, embed, slideshow, PNG, PDF) carries the disclosure along with the
 * post. Computed from the snapshot, never stored: a better detector relabels old stories.
 */
export function PostDisclosure({ post, locale }: PostDisclosureProps) {
  if (!detectSponsored(post).sponsored) return null
  return (
    <p className="post-context-line post-disclosure" role="note" lang={locale}>
      <strong>{rendererStrings(locale).sponsored}</strong>
    </p>
  )
}

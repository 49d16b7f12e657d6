import type { Post } from '../../domain/post'
import type { RendererLocale } from '../rendererStrings'
import { ExternalLink } from './ExternalLink'
import { authorLabel, sourceStatusStrings } from './sourceStatusStrings'

export interface PostTombstoneProps {
  post: Post
  locale: RendererLocale
}

/** What stands for a post deleted at its source under the `tombstone` policy: text, no media. */
export function PostTombstone({ post, locale }: PostTombstoneProps) {
  const strings = sourceStatusStrings(locale)
  return (
    <div className="post-card post-card--tombstone" lang={locale}>
      <p className="post-notice post-notice--unavailable" role="note">
        {strings.tombstone(authorLabel(post.author))}{' '}
        <ExternalLink url={post.url} className="post-original" fallback={null}>
          {strings.viewOriginal}
        </ExternalLink>
      </p>
    </div>
  )
}

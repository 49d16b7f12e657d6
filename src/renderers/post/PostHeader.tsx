import type { Post } from '../../domain/post'
import { safeMediaUrl } from '../../lib/safeUrl'
import { useResolvedMediaUrl } from '../media/MediaUrlResolver'
import { rendererStrings, type RendererLocale } from '../rendererStrings'
import { ExternalLink } from './ExternalLink'

export interface PostHeaderProps {
  post: Post
  locale: RendererLocale
}

const AVATAR_SIZE = 48

export function PostHeader({ post, locale }: PostHeaderProps) {
  const strings = rendererStrings(locale)
  const { author } = post
  // An archived avatar is read from this browser: its initial stands in until it is (or if never).
  const avatar = safeMediaUrl(useResolvedMediaUrl(author.avatarUrl) ?? undefined)
  const displayName = author.name || author.handle
  return (
    <div className="post-header">
      {avatar ? (
        // The name sits right next to it, so the picture adds nothing for a screen reader.
        <img
          className="post-avatar"
          src={avatar}
          alt=""
          width={AVATAR_SIZE}
          height={AVATAR_SIZE}
          loading="lazy"
          decoding="async"
          referrerPolicy="no-referrer"
        />
      ) : (
        <span className="post-avatar post-avatar--initial" aria-hidden="true">
          {Array.from(displayName)[0]?.toUpperCase()}
        </span>
      )}
      <div className="post-author">
        <ExternalLink url={author.url} className="post-author-name">
          <bdi>{displayName}</bdi>
        </ExternalLink>
        <bdi className="post-author-handle">{author.handle}</bdi>
        <span className="post-meta" lang={locale}>
          <span className="post-source">{strings.sourceLabel(post.source)}</span>
          <time className="post-date" dateTime={post.createdAt}>
            {strings.formatDate(post.createdAt)}
          </time>
          {post.editedAt && (
            <time
              className="post-edited"
              dateTime={post.editedAt}
              title={strings.formatDate(post.editedAt)}
            >
              {strings.edited}
            </time>
          )}
        </span>
      </div>
    </div>
  )
}

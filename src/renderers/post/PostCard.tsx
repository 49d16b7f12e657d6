import { memo } from 'react'
import type { Post } from '../../domain/post'
import { isTombstone } from '../../domain/sourceCheck/applyDeletedPostPolicy'
import type { RendererLocale } from '../rendererStrings'
import '../renderers.css'
import { LinkCard } from './LinkCard'
import { PostAvailability } from './PostAvailability'
import { PostBody } from './PostBody'
import { PostContext } from './PostContext'
import { PostDisclosure } from './PostDisclosure'
import { PostEmbed } from './PostEmbed'
import { PostFooter } from './PostFooter'
import { PostHeader } from './PostHeader'
import { PostMedia } from './PostMedia'
import { PostSourceStatus } from './PostSourceStatus'
import { PostTombstone } from './PostTombstone'
import { QuotedPost } from './QuotedPost'
import { QuotedPostLink } from './QuotedPostLink'

export interface PostCardProps {
  post: Post
  locale: RendererLocale
  /** `compact`: no metrics, and a quote shows as a link (library cards, quoted posts). */
  variant?: 'full' | 'compact'
  /** Cards hold no headings so they fit any outline: the caller wraps and labels them. */
  headingLevel?: never
}

/** One post snapshot, drawn from data alone: the editor, the preview and every export use it. */
export const PostCard = memo(function PostCard({ post, locale, variant = 'full' }: PostCardProps) {
  const full = variant === 'full'
  if (isTombstone(post)) return <PostTombstone post={post} locale={locale} />
  return (
    <div className={`post-card post-card--${variant}`} lang={post.language}>
      <PostContext post={post} locale={locale} />
      <PostAvailability availability={post.availability} locale={locale} />
      <PostSourceStatus sourceCheck={post.sourceCheck} locale={locale} />
      <PostHeader post={post} locale={locale} />
      <PostDisclosure post={post} locale={locale} />
      <PostBody post={post} locale={locale}>
        {/* A content warning already hides the media: a second "show" would only add a click. */}
        <PostMedia
          media={post.media}
          locale={locale}
          sensitive={post.sensitive === true && !post.contentWarning}
        />
        {post.card && !post.embed && <LinkCard card={post.card} locale={locale} />}
        {post.embed && <PostEmbed post={post} embed={post.embed} locale={locale} />}
        {post.quote &&
          (full ? (
            <QuotedPost quote={post.quote} locale={locale} />
          ) : (
            <QuotedPostLink quote={post.quote} locale={locale} />
          ))}
      </PostBody>
      <PostFooter post={post} locale={locale} showMetrics={full} />
    </div>
  )
})

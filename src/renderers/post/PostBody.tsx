import type { ReactNode } from 'react'
import type { Post } from '../../domain/post'
import { sanitizePostHtml } from '../../lib/sanitizeHtml'
import { rendererStrings, type RendererLocale } from '../rendererStrings'
import { RevealLabel } from './RevealLabel'

export interface PostBodyProps {
  post: Post
  locale: RendererLocale
  /** Media, link card and quote: hidden behind the content warning along with the text. */
  children?: ReactNode
}

export function PostBody({ post, locale, children }: PostBodyProps) {
  const body = post.html ? (
    // The renderers' only raw HTML, and it is sanitised here, at the point of use.
    <div className="post-body" dangerouslySetInnerHTML={{ __html: sanitizePostHtml(post.html) }} />
  ) : (
    <div className="post-body post-body--plain">{post.text}</div>
  )
  if (!post.contentWarning) {
    return (
      <>
        {body}
        {children}
      </>
    )
  }
  const strings = rendererStrings(locale)
  // <details> hides the content with JavaScript off and in exported pages, and is keyboard ready.
  return (
    <details className="post-cw">
      <summary className="post-cw-summary">
        <span className="post-cw-label" lang={locale}>
          {strings.contentWarning}
        </span>
        <span className="post-cw-text">{post.contentWarning}</span>
        <span lang={locale}>
          <RevealLabel show={strings.showContent} hide={strings.hideContent} />
        </span>
      </summary>
      {body}
      {children}
    </details>
  )
}

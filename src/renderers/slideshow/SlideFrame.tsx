import { memo } from 'react'
import type { Post, PostId } from '../../domain/post'
import type { Slide } from '../../domain/slides'
import { RichText } from '../blocks/RichText'
import { PostCard } from '../post/PostCard'
import { rendererStrings, type RendererLocale } from '../rendererStrings'
import type { SlideOrientation } from './slideSize'
import './slides.css'

export type SlideTheme = 'light' | 'dark'

export interface SlideFrameProps {
  slide: Slide
  /** 1-based. */
  position: number
  total: number
  storyTitle: string
  posts: Readonly<Record<PostId, Post>>
  locale: RendererLocale
  orientation: SlideOrientation
  theme?: SlideTheme
}

/** Own keys only: a post id such as `constructor` must not find Object.prototype's. */
const lookupPost = (posts: Readonly<Record<PostId, Post>>, id: PostId): Post | undefined =>
  Object.hasOwn(posts, id) ? posts[id] : undefined

/**
 * One slide at its fixed pixel size (see SLIDE_SIZES): Present mode, the HTML deck, the PNGs and
 * the PDF handout all draw this. Content that may be long sits in `.slide__fit`, which the
 * caller shrinks to the slide with `fitSlide` once it is laid out.
 */
export const SlideFrame = memo(function SlideFrame({
  slide,
  position,
  total,
  storyTitle,
  posts,
  locale,
  orientation,
  theme = 'light',
}: SlideFrameProps) {
  const strings = rendererStrings(locale)
  const title = storyTitle.trim() || strings.untitledStory
  const progress = total > 1 ? ((position - 1) / (total - 1)) * 100 : 100
  return (
    <section
      className={`slide slide--${orientation} slide--${slide.kind} slide--${theme}`}
      aria-label={strings.slides.position(position, total)}
      lang={locale}
      data-slide={position}
    >
      {slide.kind !== 'cover' && (
        <header className="slide__top">
          <span className="slide__story">{title}</span>
          {slide.section && slide.kind !== 'section' && (
            <span className="slide__section-name">{slide.section}</span>
          )}
        </header>
      )}
      <div className="slide__body">{renderContent(slide, title, posts, locale)}</div>
      <footer className="slide__bottom" aria-hidden="true">
        <span className="slide__count">
          {position} / {total}
        </span>
        {/* SVG attributes, not a style attribute: the deck's CSP forbids inline styles. */}
        <svg className="slide__progress" viewBox="0 0 100 2" preserveAspectRatio="none">
          <rect className="slide__progress-track" width="100" height="2" />
          <rect className="slide__progress-fill" width={progress.toFixed(2)} height="2" />
        </svg>
      </footer>
    </section>
  )
})

function renderContent(
  slide: Slide,
  storyTitle: string,
  posts: Readonly<Record<PostId, Post>>,
  locale: RendererLocale,
) {
  const strings = rendererStrings(locale)
  switch (slide.kind) {
    case 'cover':
      return (
        <div className="slide__cover">
          <span className="slide__rule" />
          <h1 className="slide__cover-title">{storyTitle}</h1>
          {slide.postCount > 0 && (
            <p className="slide__cover-meta">{strings.slides.postCount(slide.postCount)}</p>
          )}
        </div>
      )
    case 'section':
      return (
        <div className="slide__chapter">
          <span className="slide__rule" />
          <h2 className="slide__chapter-title">{slide.title}</h2>
        </div>
      )
    case 'post': {
      const post = lookupPost(posts, slide.postId)
      return (
        <article className="slide__fit slide__post">
          {post ? (
            <PostCard post={post} locale={locale} />
          ) : (
            <p className="post-notice" role="note">
              {strings.missingPost}
            </p>
          )}
        </article>
      )
    }
    case 'text':
      return (
        <div className="slide__fit slide__text">
          <RichText doc={slide.content} />
        </div>
      )
  }
}

import type { Post, PostId } from '../../domain/post'
import type { Slide } from '../../domain/slides'
import { rendererStrings, type RendererLocale } from '../rendererStrings'
import { SlideFrame, type SlideTheme } from './SlideFrame'
import { SlideNotes } from './SlideNotes'
import { SLIDE_SIZES, type SlideOrientation } from './slideSize'

export interface SlideDeckProps {
  slides: readonly Slide[]
  storyTitle: string
  posts: Readonly<Record<PostId, Post>>
  locale: RendererLocale
  orientation: SlideOrientation
  theme?: SlideTheme
}

/**
 * The exported deck's page body: every slide with its notes, the controls and an empty
 * presenter view that the deck's script fills. Readable as it stands with JavaScript off.
 */
export function SlideDeck({
  slides,
  storyTitle,
  posts,
  locale,
  orientation,
  theme = 'light',
}: SlideDeckProps) {
  const strings = rendererStrings(locale).slides
  const size = SLIDE_SIZES[orientation]
  return (
    <div
      id="deck"
      className="deck"
      data-width={size.width}
      data-height={size.height}
      data-position-label={strings.position('{position}', '{total}')}
      data-no-notes={strings.noNotes}
      data-end-label={strings.end}
    >
      <main className="deck__stage" aria-label={strings.deck}>
        {slides.map((slide, index) => (
          <div key={slide.id} className="deck__slot">
            <SlideFrame
              slide={slide}
              position={index + 1}
              total={slides.length}
              storyTitle={storyTitle}
              posts={posts}
              locale={locale}
              orientation={orientation}
              theme={theme}
            />
            <aside className="deck__notes" aria-label={strings.notes}>
              <SlideNotes notes={slide.notes} />
            </aside>
          </div>
        ))}
      </main>
      <div className="deck__progress" aria-hidden="true">
        <div className="deck__progress-fill" />
      </div>
      <p className="deck__live visually-hidden" aria-live="polite" aria-atomic="true" />
      <nav className="deck__controls" aria-label={strings.deck}>
        <button
          type="button"
          className="deck__button"
          data-action="prev"
          aria-label={strings.previous}
        >
          ←
        </button>
        <span className="deck__count">1 / {slides.length}</span>
        <button type="button" className="deck__button" data-action="next" aria-label={strings.next}>
          →
        </button>
        <button type="button" className="deck__button" data-action="presenter" aria-pressed="false">
          {strings.presenter}
        </button>
        <button type="button" className="deck__button" data-action="fullscreen">
          {strings.fullscreen}
        </button>
      </nav>
      <section className="deck__presenter" aria-label={strings.presenter} hidden>
        <div className="deck__presenter-current" />
        <div className="deck__presenter-next">
          <h2 className="deck__presenter-heading">{strings.nextSlide}</h2>
          <span className="deck__presenter-end" />
        </div>
        <div className="deck__presenter-notes">
          <h2 className="deck__presenter-heading">{strings.notes}</h2>
          <div className="deck__presenter-notes-body" />
        </div>
        <time className="deck__timer" aria-label={strings.elapsed}>
          00:00
        </time>
      </section>
    </div>
  )
}

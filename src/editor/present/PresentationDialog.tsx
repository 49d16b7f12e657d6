import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { storyToSlides } from '../../domain/slides'
import { registerSlideFonts } from '../../exporters/fonts/registerSlideFonts'
import { fitSlide } from '../../renderers/slideshow/fitSlide'
import { SlideFrame } from '../../renderers/slideshow/SlideFrame'
import { SlideNotes } from '../../renderers/slideshow/SlideNotes'
import { SLIDE_SIZES } from '../../renderers/slideshow/slideSize'
import { selectActiveStory } from '../../store/selectors'
import { useEditorStore } from '../../store/editorStore'
import { IconButton } from '../../ui/IconButton'
import { useRendererLocale } from '../hooks/useRendererLocale'
import './present.css'

const SIZE = SLIDE_SIZES.landscape

/** The scale at which a slide fits the stage, and the stage's observer. */
const useFitScale = (stage: HTMLElement | null) => {
  const [scale, setScale] = useState(0.5)
  useLayoutEffect(() => {
    if (!stage) return
    const measure = () => {
      const { width, height } = stage.getBoundingClientRect()
      setScale(Math.max(0.05, Math.min(width / SIZE.width, height / SIZE.height)))
    }
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(stage)
    return () => observer.disconnect()
  }, [stage])
  return scale
}

/**
 * The active story as a slideshow filling the window, drawn by the same slide renderer as the
 * exported deck. ←/→ (and Page Up/Down, Space), Home/End move; Escape leaves.
 */
export default function PresentationDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('present')
  const locale = useRendererLocale()
  const story = useEditorStore(selectActiveStory)
  const posts = useEditorStore((state) => state.posts)
  const slides = useMemo(() => (story ? storyToSlides(story) : []), [story])
  const [index, setIndex] = useState(0)
  const [showNotes, setShowNotes] = useState(false)
  const [stage, setStage] = useState<HTMLDivElement | null>(null)
  const dialogRef = useRef<HTMLDialogElement | null>(null)
  const slideRef = useRef<HTMLDivElement | null>(null)
  const scale = useFitScale(stage)
  const total = slides.length
  const current = Math.min(index, Math.max(0, total - 1))
  const slide = slides[current]

  useEffect(() => {
    registerSlideFonts()
    const dialog = dialogRef.current
    if (dialog && !dialog.open) dialog.showModal()
    // The slideshow itself takes the keys, so Space moves on instead of pressing a button.
    dialog?.focus()
    return () => dialog?.close()
  }, [])

  // Long posts shrink to their slide once laid out, and again when the web font arrives.
  useLayoutEffect(() => {
    const element = slideRef.current?.querySelector<HTMLElement>('.slide')
    if (!element) return
    fitSlide(element)
    let live = true
    void document.fonts?.ready.then(() => live && fitSlide(element))
    return () => {
      live = false
    }
  }, [slide, posts, locale])

  const go = (next: number) => setIndex(Math.max(0, Math.min(total - 1, next)))

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return
    const onControl = (event.target as HTMLElement).closest('button, a, summary') !== null
    const moves: Record<string, number | undefined> = {
      ArrowRight: current + 1,
      ArrowDown: current + 1,
      PageDown: current + 1,
      ArrowLeft: current - 1,
      ArrowUp: current - 1,
      PageUp: current - 1,
      Home: 0,
      End: total - 1,
      ' ': onControl ? undefined : event.shiftKey ? current - 1 : current + 1,
    }
    const target = moves[event.key]
    if (target === undefined) return
    event.preventDefault()
    go(target)
  }

  const position = t('position', { position: current + 1, total })
  return (
    // The dialog is the presentation: the keys pressed in it are the slideshow's.
    <dialog
      ref={dialogRef}
      className="presentation"
      aria-label={t('dialog')}
      tabIndex={-1}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
      onKeyDown={onKeyDown}
    >
      <div className={`presentation__layout${showNotes ? ' presentation__layout--notes' : ''}`}>
        <div ref={setStage} className="presentation__stage">
          {slide && story ? (
            <div
              ref={slideRef}
              className="presentation__frame"
              style={{ width: SIZE.width * scale, height: SIZE.height * scale }}
            >
              <div className="presentation__scaler" style={{ transform: `scale(${scale})` }}>
                <SlideFrame
                  key={slide.id}
                  slide={slide}
                  position={current + 1}
                  total={total}
                  storyTitle={story.title}
                  posts={posts}
                  locale={locale}
                  orientation="landscape"
                />
              </div>
            </div>
          ) : (
            <p className="presentation__empty">{t('noStory')}</p>
          )}
        </div>
        {showNotes && (
          <aside className="presentation__notes" aria-label={t('showNotes')}>
            <h2 className="presentation__notes-heading">{t('showNotes')}</h2>
            {slide && slide.notes.length > 0 ? (
              <div className="presentation__notes-body" lang={locale}>
                <SlideNotes notes={slide.notes} />
              </div>
            ) : (
              <p className="presentation__notes-empty">{t('noNotes')}</p>
            )}
          </aside>
        )}
      </div>
      <div className="presentation__controls">
        <IconButton
          icon="up"
          className="presentation__prev"
          label={t('previous')}
          disabled={current === 0}
          onClick={() => go(current - 1)}
        />
        <p className="presentation__position" aria-live="polite" aria-atomic="true">
          {position}
        </p>
        <IconButton
          icon="down"
          className="presentation__next"
          label={t('next')}
          disabled={current >= total - 1}
          onClick={() => go(current + 1)}
        />
        <button
          type="button"
          className={`button button--small${showNotes ? ' button--active' : ''}`}
          aria-pressed={showNotes}
          onClick={() => setShowNotes((value) => !value)}
        >
          {t('showNotes')}
        </button>
        <span className="presentation__keys" aria-hidden="true">
          {t('keys')}
        </span>
        <button type="button" className="button button--small" onClick={onClose}>
          {t('exit')}
        </button>
      </div>
    </dialog>
  )
}

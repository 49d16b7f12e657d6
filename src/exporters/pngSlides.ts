import { createElement } from 'react'
import { storyToSlides } from '../domain/slides'
import { fitSlide } from '../renderers/slideshow/fitSlide'
import { SlideFrame } from '../renderers/slideshow/SlideFrame'
import { SLIDE_SIZES, type SlideOrientation } from '../renderers/slideshow/slideSize'
import { openCaptureStage, yieldToBrowser } from './pngCapture'
import { assertCanvasFits } from './pngCanvasLimit'
import { postsWithPictures } from './pngMedia'
import { slideLookOf } from './slideshowHtmlTheme'
import { storyPosts } from './storyPosts'
import type { ExportInput } from './types'

export type PixelRatio = 1 | 2

export interface SlideImagesOptions {
  orientation?: SlideOrientation
  pixelRatio?: PixelRatio
}

export interface SlideImages {
  images: Blob[]
  /** CSS px; each image is exactly this × the pixel ratio. */
  width: number
  height: number
  pixelRatio: PixelRatio
  /** Time to draw and capture each slide, in ms. */
  slideTimes: number[]
}

/**
 * Every slide of the story as a PNG, drawn off-screen in this document by the same SlideFrame
 * as Present mode and the deck. Media are fetched first (collectMedia), fonts embedded once.
 * Progress is reported per slide; the signal cancels between slides.
 */
/** Slides whose PNG compression may run while the next ones are drawn. */
const ENCODE_AHEAD = 3

export const captureSlideImages = async (
  input: ExportInput,
  options: SlideImagesOptions = {},
): Promise<SlideImages> => {
  const orientation = options.orientation ?? 'portrait'
  const pixelRatio = options.pixelRatio ?? 1
  const { width, height } = SLIDE_SIZES[orientation]
  // Checked before any work: a refusal must come before a minute of fetching.
  assertCanvasFits(width, height, pixelRatio)
  const { story, locale, signal } = input
  const posts = await postsWithPictures(storyPosts(story, input.posts), {
    fetchMedia: input.fetchMedia,
    signal,
  })
  const slides = storyToSlides(story)
  const look = slideLookOf(input.theme)
  const stage = await openCaptureStage({
    pixelRatio,
    text: JSON.stringify([story, input.posts]),
    signal,
  })
  const encoding: Promise<Blob>[] = []
  let images: Blob[] = []
  const slideTimes: number[] = []
  try {
    input.onProgress?.(0, slides.length)
    for (const [index, slide] of slides.entries()) {
      signal?.throwIfAborted()
      const started = performance.now()
      const node = stage.render(
        createElement(SlideFrame, {
          slide,
          position: index + 1,
          total: slides.length,
          storyTitle: story.title,
          posts,
          locale,
          orientation,
          theme: look.theme,
        }),
      )
      if (look.accent) node.style.setProperty('--slide-accent', look.accent)
      await stage.settle(node)
      fitSlide(node)
      encoding.push((await stage.draw(node, { width, height })).encoded)
      // A few slides compress in the background at once; more would only hold pixels in memory.
      if (encoding.length > ENCODE_AHEAD) await encoding[encoding.length - 1 - ENCODE_AHEAD]
      slideTimes.push(performance.now() - started)
      input.onProgress?.(index + 1, slides.length)
      await yieldToBrowser()
    }
    // Before the stage closes: closing it stops the encoder.
    images = await Promise.all(encoding)
  } finally {
    stage.dispose()
  }
  return { images, width, height, pixelRatio, slideTimes }
}

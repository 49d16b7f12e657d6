import { createElement } from 'react'
import { FeedRenderer } from '../renderers/feed/FeedRenderer'
import { openCaptureStage, yieldToBrowser } from './pngCapture'
import { postsWithPictures } from './pngMedia'
import { stripsAtBlocks } from './pdfPages'
import { storyPosts } from './storyPosts'
import { palettesOf } from './themes'
import type { ExportInput } from './types'

export interface FeedStrip {
  image: Blob
  /** CSS px of the strip; the image is this × the pixel ratio. */
  height: number
}

const SLIDE_FONT_STACK =
  "'Storyloom Inter', system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"

/**
 * The story's feed drawn at `width` px (the editor's FeedRenderer) and captured in strips of at
 * most `pageHeight` px cut between blocks. Strips stay far below the canvas limit whatever the
 * story's length, which one capture of the whole feed would not.
 */
export const captureFeedStrips = async (
  input: ExportInput,
  { width, pageHeight, pixelRatio }: { width: number; pageHeight: number; pixelRatio: number },
): Promise<{ strips: FeedStrip[]; background: string }> => {
  const { story, locale, signal } = input
  const posts = await postsWithPictures(storyPosts(story, input.posts), {
    fetchMedia: input.fetchMedia,
    signal,
  })
  const palette = palettesOf(input.theme).base
  const stage = await openCaptureStage({
    pixelRatio,
    text: JSON.stringify([story, input.posts]),
    signal,
  })
  try {
    const sheet = stage.render(
      createElement(
        'div',
        { className: 'pdf-sheet' },
        createElement(
          'div',
          { className: 'pdf-sheet__inner' },
          createElement(FeedRenderer, { story, posts, locale }),
        ),
      ),
    )
    for (const [name, value] of Object.entries(palette)) sheet.style.setProperty(name, value)
    sheet.style.setProperty('--font-body', SLIDE_FONT_STACK)
    Object.assign(sheet.style, {
      width: `${width}px`,
      overflow: 'hidden',
      background: 'var(--color-bg)',
      color: 'var(--color-text)',
      fontFamily: 'var(--font-body)',
    })
    const inner = sheet.firstElementChild as HTMLElement
    await stage.settle(sheet)
    const feed = sheet.querySelector<HTMLElement>('.story-feed')!
    const origin = feed.getBoundingClientRect().top
    const blocks = Array.from(feed.children).map((child) => {
      const rect = child.getBoundingClientRect()
      return { top: rect.top - origin, bottom: rect.bottom - origin }
    })
    const cuts = stripsAtBlocks(blocks, pageHeight, feed.getBoundingClientRect().height)
    const strips: FeedStrip[] = []
    input.onProgress?.(0, cuts.length)
    for (const [index, cut] of cuts.entries()) {
      signal?.throwIfAborted()
      const height = Math.ceil(cut.end - cut.start)
      sheet.style.height = `${height}px`
      inner.style.marginTop = `${-cut.start}px`
      strips.push({ image: await stage.capture(sheet, { width, height }), height })
      input.onProgress?.(index + 1, cuts.length)
      await yieldToBrowser()
    }
    return { strips, background: palette['--color-bg'] ?? '#ffffff' }
  } finally {
    stage.dispose()
  }
}

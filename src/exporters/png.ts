import { zipSync, type Zippable } from 'fflate'
import { captureSlideImages, type SlideImagesOptions } from './pngSlides'
import { fileStem } from './storyPosts'
import type { ExportFile, ExportInput, Exporter } from './types'

export type PngOptions = SlideImagesOptions

/** Slide file names sort in order: `launch-night-01.png` … */
export const slideFileName = (stem: string, index: number, total: number): string =>
  `${stem}-${String(index + 1).padStart(Math.max(2, String(total).length), '0')}.png`

/**
 * Every slide as a PNG of exactly 1080×1350 (portrait) or 1920×1080 (landscape) × the pixel
 * ratio, in one zip named after the story.
 */
export const exportPng = async (
  input: ExportInput,
  options: PngOptions = {},
): Promise<ExportFile> => {
  const { images } = await captureSlideImages(input, options)
  const stem = fileStem(input.story.title)
  const entries: Zippable = {}
  for (const [index, image] of images.entries()) {
    // PNG is compressed already: storing saves time and loses nothing.
    entries[slideFileName(stem, index, images.length)] = [
      new Uint8Array(await image.arrayBuffer()),
      { level: 0 },
    ]
  }
  const zipped = zipSync(entries)
  return {
    fileName: `${stem}-slides.zip`,
    mimeType: 'application/zip',
    content: new Blob([zipped.buffer as ArrayBuffer], { type: 'application/zip' }),
  }
}

export const pngExporter: Exporter = {
  run: async (input) => ({
    kind: 'file',
    file: await exportPng(input, {
      orientation: input.slides?.orientation,
      pixelRatio: input.slides?.pixelRatio,
    }),
  }),
}

import { PDFDocument, rgb } from 'pdf-lib'
import type { SlideOrientation } from '../renderers/slideshow/slideSize'
import { pageTitle } from './feedPage'
import { captureFeedStrips, type FeedStrip } from './pdfFeed'
import { captureSlideImages, type PixelRatio } from './pngSlides'
import { fileStem } from './storyPosts'
import type { ExportFile, ExportInput, Exporter } from './types'

export type PdfMode = 'handout' | 'document'

export interface PdfOptions {
  /** `handout`: one slide per page; `document`: the feed on A4 pages. */
  mode?: PdfMode
  orientation?: SlideOrientation
  pixelRatio?: PixelRatio
}

/** CSS px are 1/96 in, PDF points 1/72 in. */
const PT_PER_PX = 0.75
export const A4_PT = { width: 595.28, height: 841.89 }
const MARGIN_PT = 30
/** The feed's width on an A4 page, and the most of it one page holds, in CSS px. */
export const A4_FEED_WIDTH_PX = Math.round((A4_PT.width - 2 * MARGIN_PT) / PT_PER_PX)
export const A4_FEED_PAGE_PX = Math.floor((A4_PT.height - 2 * MARGIN_PT) / PT_PER_PX)

export interface PdfMeta {
  title: string
  language: string
  now: Date
}

const newDocument = async ({ title, language, now }: PdfMeta) => {
  // Without updateMetadata: false, pdf-lib writes its own name over the producer on save.
  const pdf = await PDFDocument.create({ updateMetadata: false })
  pdf.setTitle(title, { showInWindowTitleBar: true })
  pdf.setProducer('Storyloom')
  pdf.setCreator('Storyloom')
  pdf.setLanguage(language)
  pdf.setCreationDate(now)
  pdf.setModificationDate(now)
  return pdf
}

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer())

/** One slide image per page, each page the slide's own size (1920×1080 px → 1440×810 pt). */
export const handoutPdf = async (
  images: readonly Blob[],
  size: { width: number; height: number },
  meta: PdfMeta,
): Promise<Uint8Array> => {
  const pdf = await newDocument(meta)
  const width = size.width * PT_PER_PX
  const height = size.height * PT_PER_PX
  for (const image of images) {
    const png = await pdf.embedPng(await bytesOf(image))
    pdf.addPage([width, height]).drawImage(png, { x: 0, y: 0, width, height })
  }
  return pdf.save()
}

const hexToRgb = (hex: string) => {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex)
  return match
    ? rgb(
        ...(match.slice(1).map((part) => Number.parseInt(part, 16) / 255) as [
          number,
          number,
          number,
        ]),
      )
    : rgb(1, 1, 1)
}

/** Feed strips on A4 pages, one strip per page at the top margin, on the theme's background. */
export const documentPdf = async (
  strips: readonly FeedStrip[],
  background: string,
  meta: PdfMeta,
): Promise<Uint8Array> => {
  const pdf = await newDocument(meta)
  const scale = (A4_PT.width - 2 * MARGIN_PT) / A4_FEED_WIDTH_PX
  const color = hexToRgb(background)
  for (const strip of strips) {
    const png = await pdf.embedPng(await bytesOf(strip.image))
    const page = pdf.addPage([A4_PT.width, A4_PT.height])
    page.drawRectangle({ x: 0, y: 0, width: A4_PT.width, height: A4_PT.height, color })
    const height = strip.height * scale
    page.drawImage(png, {
      x: MARGIN_PT,
      y: A4_PT.height - MARGIN_PT - height,
      width: A4_FEED_WIDTH_PX * scale,
      height,
    })
  }
  return pdf.save()
}

/** The slideshow as a handout, or the feed as an A4 document, in one PDF named after the story. */
export const exportPdf = async (
  input: ExportInput,
  options: PdfOptions = {},
): Promise<ExportFile> => {
  const mode = options.mode ?? 'handout'
  const meta: PdfMeta = {
    title: pageTitle(input.story, input.locale),
    language: input.locale,
    now: input.now?.() ?? new Date(),
  }
  let bytes: Uint8Array
  if (mode === 'handout') {
    const slides = await captureSlideImages(input, options)
    bytes = await handoutPdf(slides.images, slides, meta)
  } else {
    const { strips, background } = await captureFeedStrips(input, {
      width: A4_FEED_WIDTH_PX,
      pageHeight: A4_FEED_PAGE_PX,
      pixelRatio: options.pixelRatio ?? 2,
    })
    bytes = await documentPdf(strips, background, meta)
  }
  const stem = fileStem(input.story.title)
  return {
    fileName: `${stem}${mode === 'handout' ? '-slides' : ''}.pdf`,
    mimeType: 'application/pdf',
    content: new Blob([bytes.buffer as ArrayBuffer], { type: 'application/pdf' }),
  }
}

export const pdfExporter: Exporter = {
  run: async (input) => ({
    kind: 'file',
    file: await exportPdf(input, {
      mode: input.slides?.pdfMode,
      orientation: input.slides?.orientation,
      pixelRatio: input.slides?.pixelRatio,
    }),
  }),
}

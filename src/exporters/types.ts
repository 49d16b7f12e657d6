import type { Post, PostId } from '../domain/post'
import type { Story } from '../domain/story'
import type { RendererLocale } from '../renderers/rendererStrings'

export type ExportFormatId =
  'feed-html' | 'embed' | 'slideshow-html' | 'png' | 'pdf' | 'json' | 'markdown'

export type ThemeId = 'light' | 'dark' | 'brand'

/** The look applied to every output. `brand` adds the curator's colour and logo. */
export interface ExportTheme {
  id: ThemeId
  /** CSS colour, e.g. `#0a7d5a`; used by the brand theme. */
  accent?: string
  /** The brand's logo as a `data:` URL, so the output loads nothing. */
  logoDataUrl?: string
  brandName?: string
}

/**
 * Fetches a media file so the export can carry its bytes. Resolves `undefined` when the
 * file cannot be had (offline, no CORS, gone): the exporter then draws a labelled placeholder.
 */
export type MediaFetcher = (url: string, signal?: AbortSignal) => Promise<Blob | undefined>

export interface ExportInput {
  story: Story
  posts: Readonly<Record<PostId, Post>>
  locale: RendererLocale
  theme: ExportTheme
  fetchMedia: MediaFetcher
  signal?: AbortSignal
  /** Reports progress of long exports (slides drawn, media fetched). */
  onProgress?: (done: number, total: number) => void
  /** The clock for dates written into the output (the export date); tests fix it. */
  now?: () => Date
  /** Slideshow, PNG and PDF choices; each format has defaults for what is left out. */
  slides?: Partial<SlideExportOptions>
}

/** The choices of the slide formats (slideshow HTML, PNG, PDF). */
export interface SlideExportOptions {
  orientation: 'portrait' | 'landscape'
  pixelRatio: 1 | 2
  /** PDF: the slides one per page (`handout`), or the feed on A4 pages (`document`). */
  pdfMode: 'handout' | 'document'
}

/** A file ready to download. */
export interface ExportFile {
  fileName: string
  mimeType: string
  content: Blob
}

/** What one run of an exporter gives: a file to save, or code to copy (embed). */
export type ExportResult =
  | { kind: 'file'; file: ExportFile }
  | {
      kind: 'snippets'
      iframe: string
      html: string
      /** The script-free snippet as a file, for those who keep it rather than copy it. */
      file: ExportFile
    }

/**
 * The contract every format module fulfils (`feedHtml.ts`, `embed.ts`, …): the registry loads
 * the module lazily and calls `run`. `now` is read for dates written into the output.
 */
export interface Exporter {
  run(input: ExportInput): Promise<ExportResult>
}

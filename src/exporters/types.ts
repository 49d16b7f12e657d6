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
}

/** A file ready to download. */
export interface ExportFile {
  fileName: string
  mimeType: string
  content: Blob
}

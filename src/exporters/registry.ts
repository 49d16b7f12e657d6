import type { ExportFormatId, Exporter } from './types'

/**
 * The export formats, in the order the dialog offers them. Each module loads only when chosen
 * (a dynamic import), so React's server renderer, fflate and friends stay out of the first load.
 */
export interface ExportFormatDescriptor {
  id: ExportFormatId
  /** Key in the `export` i18n namespace, under `formats.` */
  labelKey: string
  /** What the format gives; `snippets` formats show code to copy instead of a download. */
  output: 'file' | 'snippets'
  /** Absent while the format is not built yet: the dialog shows it disabled, with the reason. */
  load?: () => Promise<Exporter>
}

export const EXPORT_FORMATS = [
  {
    id: 'feed-html',
    labelKey: 'feedHtml',
    output: 'file',
    load: () => import('./feedHtml').then((module) => module.feedHtmlExporter),
  },
  {
    id: 'embed',
    labelKey: 'embed',
    output: 'snippets',
    load: () => import('./embed').then((module) => module.embedExporter),
  },
  // Slideshow, PNG and PDF come from the slideshow work (src/exporters/slideshow*, png*, pdf*).
  {
    id: 'slideshow-html',
    labelKey: 'slideshowHtml',
    output: 'file',
    load: () => import('./slideshowHtml').then((module) => module.slideshowHtmlExporter),
  },
  {
    id: 'png',
    labelKey: 'png',
    output: 'file',
    load: () => import('./png').then((module) => module.pngExporter),
  },
  {
    id: 'pdf',
    labelKey: 'pdf',
    output: 'file',
    load: () => import('./pdf').then((module) => module.pdfExporter),
  },
  {
    id: 'json',
    labelKey: 'json',
    output: 'file',
    load: () => import('./json').then((module) => module.jsonExporter),
  },
  {
    id: 'markdown',
    labelKey: 'markdown',
    output: 'file',
    load: () => import('./markdown').then((module) => module.markdownExporter),
  },
] as const satisfies readonly ExportFormatDescriptor[]

export const exportFormat = (id: ExportFormatId): ExportFormatDescriptor =>
  EXPORT_FORMATS.find((format) => format.id === id) ?? EXPORT_FORMATS[0]

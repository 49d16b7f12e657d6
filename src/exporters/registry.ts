import type { ExportFormatId, Exporter } from './types'

/**
 * The export formats, in the order the dialog offers them. Each module loads only when chosen
 * (a dynamic import), so React's server renderer, fflate and friends stay out of the first load.
 */
export interface ExportFormatDescriptor {
  id: ExportFormatId
  /** Key in the `export` i18n namespace, under `formats.` */
  labelKey: string
  load: () => Promise<Exporter>
}

export const EXPORT_FORMATS = [
  {
    id: 'feed-html',
    labelKey: 'feedHtml',
    load: () => import('./feedHtml').then((module) => module.feedHtmlExporter),
  },
  {
    id: 'embed',
    labelKey: 'embed',
    load: () => import('./embed').then((module) => module.embedExporter),
  },
  {
    id: 'slideshow-html',
    labelKey: 'slideshowHtml',
    load: () => import('./slideshowHtml').then((module) => module.slideshowHtmlExporter),
  },
  {
    id: 'png',
    labelKey: 'png',
    load: () => import('./png').then((module) => module.pngExporter),
  },
  {
    id: 'pdf',
    labelKey: 'pdf',
    load: () => import('./pdf').then((module) => module.pdfExporter),
  },
  {
    id: 'json',
    labelKey: 'json',
    load: () => import('./json').then((module) => module.jsonExporter),
  },
  {
    id: 'markdown',
    labelKey: 'markdown',
    load: () => import('./markdown').then((module) => module.markdownExporter),
  },
] as const satisfies readonly ExportFormatDescriptor[]

export const exportFormat = (id: ExportFormatId): ExportFormatDescriptor =>
  EXPORT_FORMATS.find((format) => format.id === id) ?? EXPORT_FORMATS[0]

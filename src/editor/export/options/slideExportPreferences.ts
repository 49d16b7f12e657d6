import type { SlideExportOptions } from '../../../exporters/types'

const KEY = 'storyloom:slide-export-options'

export const DEFAULT_SLIDE_OPTIONS: SlideExportOptions = {
  orientation: 'portrait',
  pixelRatio: 1,
  pdfMode: 'handout',
}

/** The last slide choices, checked field by field: storage may hold anything. */
export const loadSlideExportOptions = (): SlideExportOptions => {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Record<string, unknown> | null
    if (!raw || typeof raw !== 'object') return DEFAULT_SLIDE_OPTIONS
    return {
      orientation: raw.orientation === 'landscape' ? 'landscape' : 'portrait',
      pixelRatio: raw.pixelRatio === 2 ? 2 : 1,
      pdfMode: raw.pdfMode === 'document' ? 'document' : 'handout',
    }
  } catch {
    return DEFAULT_SLIDE_OPTIONS
  }
}

export const saveSlideExportOptions = (options: SlideExportOptions) => {
  try {
    localStorage.setItem(KEY, JSON.stringify(options))
  } catch {
    // Full or refused storage only costs remembering the choice.
  }
}

import type { ExportFormatId, ExportTheme, ThemeId } from '../../exporters/types'

/** The dialog's last choices, so the next export starts where the last one ended. */
export interface ExportPreferences {
  format: ExportFormatId
  theme: ExportTheme
}

const KEY = 'storyloom:export-preferences'
const FORMATS: readonly ExportFormatId[] = [
  'feed-html',
  'embed',
  'slideshow-html',
  'png',
  'pdf',
  'json',
  'markdown',
]
const THEMES: readonly ThemeId[] = ['light', 'dark', 'brand']

export const DEFAULT_PREFERENCES: ExportPreferences = {
  format: 'feed-html',
  theme: { id: 'light' },
}

const optionalString = (value: unknown) => (typeof value === 'string' ? value : undefined)

/** What localStorage holds, checked field by field: it may be old, edited, or from elsewhere. */
export const loadExportPreferences = (): ExportPreferences => {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Record<string, unknown> | null
    if (!raw || typeof raw !== 'object') return DEFAULT_PREFERENCES
    const theme = (raw.theme ?? {}) as Record<string, unknown>
    return {
      format: FORMATS.includes(raw.format as ExportFormatId)
        ? (raw.format as ExportFormatId)
        : DEFAULT_PREFERENCES.format,
      theme: {
        id: THEMES.includes(theme.id as ThemeId) ? (theme.id as ThemeId) : 'light',
        accent: optionalString(theme.accent),
        logoDataUrl: optionalString(theme.logoDataUrl),
        brandName: optionalString(theme.brandName),
      },
    }
  } catch {
    return DEFAULT_PREFERENCES
  }
}

export const saveExportPreferences = (preferences: ExportPreferences) => {
  try {
    localStorage.setItem(KEY, JSON.stringify(preferences))
  } catch {
    // Full or refused storage only costs remembering the choice.
  }
}

import { commentary as enCommentary } from './en/commentary'
import { commentary as frCommentary } from './fr/commentary'

/** One namespace per area of the editor; every French file is type-checked against the English one. */
export const resources = {
  en: { commentary: enCommentary },
  fr: { commentary: frCommentary },
} as const

export const SUPPORTED_LANGUAGES = [
  { code: 'en', label: 'English' },
  { code: 'fr', label: 'Français' },
] as const

export type LanguageCode = (typeof SUPPORTED_LANGUAGES)[number]['code']

import { commentary as enCommentary } from './en/commentary'
import { common as enCommon } from './en/common'
import { library as enLibrary } from './en/library'
import { story as enStory } from './en/story'
import { commentary as frCommentary } from './fr/commentary'
import { common as frCommon } from './fr/common'
import { library as frLibrary } from './fr/library'
import { story as frStory } from './fr/story'

/** One namespace per area of the editor; every French file is type-checked against the English one. */
export const resources = {
  en: { common: enCommon, library: enLibrary, story: enStory, commentary: enCommentary },
  fr: { common: frCommon, library: frLibrary, story: frStory, commentary: frCommentary },
} as const

export const SUPPORTED_LANGUAGES = [
  { code: 'en', label: 'English' },
  { code: 'fr', label: 'Français' },
] as const

export type LanguageCode = (typeof SUPPORTED_LANGUAGES)[number]['code']

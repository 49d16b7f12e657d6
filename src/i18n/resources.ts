import { archive as enArchive } from './en/archive'
import { commentary as enCommentary } from './en/commentary'
import { common as enCommon } from './en/common'
import { exportMessages as enExport } from './en/export'
import { library as enLibrary } from './en/library'
import { present as enPresent } from './en/present'
import { sources as enSources } from './en/sources'
import { story as enStory } from './en/story'
import { feeds as enFeeds } from './en/feeds'
import { embeds as enEmbeds } from './en/embeds'
import { networks as enNetworks } from './en/networks'
import { insights as enInsights } from './en/insights'
import { integrity as enIntegrity } from './en/integrity'
import { notify as enNotify } from './en/notify'
import { sourceCheck as enSourceCheck } from './en/sourceCheck'

/**
 * The English messages, bundled with the editor: English is the fallback of every other
 * language. Other languages load on first use (see `i18n.ts`); every French file is
 * type-checked against the English one.
 */
export const enResources = {
  common: enCommon,
  library: enLibrary,
  story: enStory,
  commentary: enCommentary,
  sources: enSources,
  export: enExport,
  present: enPresent,
  archive: enArchive,
  feeds: enFeeds,
  embeds: enEmbeds,
  networks: enNetworks,
  insights: enInsights,
  integrity: enIntegrity,
  notify: enNotify,
  sourceCheck: enSourceCheck,
} as const

/** The message namespaces, the same in every language. */
export const NAMESPACES = Object.keys(enResources) as (keyof typeof enResources)[]

export const SUPPORTED_LANGUAGES = [
  { code: 'en', label: 'English' },
  { code: 'fr', label: 'Français' },
] as const

export type LanguageCode = (typeof SUPPORTED_LANGUAGES)[number]['code']

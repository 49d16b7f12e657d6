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
import { feeds as frFeeds } from './fr/feeds'
import { embeds as frEmbeds } from './fr/embeds'
import { networks as frNetworks } from './fr/networks'
import { insights as frInsights } from './fr/insights'
import { integrity as frIntegrity } from './fr/integrity'
import { notify as frNotify } from './fr/notify'
import { sourceCheck as frSourceCheck } from './fr/sourceCheck'
import { archive as frArchive } from './fr/archive'
import { commentary as frCommentary } from './fr/commentary'
import { common as frCommon } from './fr/common'
import { exportMessages as frExport } from './fr/export'
import { library as frLibrary } from './fr/library'
import { present as frPresent } from './fr/present'
import { sources as frSources } from './fr/sources'
import { story as frStory } from './fr/story'

/** One namespace per area of the editor; every French file is type-checked against the English one. */
export const resources = {
  en: {
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
  },
  fr: {
    common: frCommon,
    library: frLibrary,
    story: frStory,
    commentary: frCommentary,
    sources: frSources,
    export: frExport,
    present: frPresent,
    archive: frArchive,
    feeds: frFeeds,
    embeds: frEmbeds,
    networks: frNetworks,
    insights: frInsights,
    integrity: frIntegrity,
    notify: frNotify,
    sourceCheck: frSourceCheck,
  },
} as const

export const SUPPORTED_LANGUAGES = [
  { code: 'en', label: 'English' },
  { code: 'fr', label: 'Français' },
] as const

export type LanguageCode = (typeof SUPPORTED_LANGUAGES)[number]['code']

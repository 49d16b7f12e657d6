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
import type { enResources } from './resources'

/** The French messages, loaded the first time French is chosen or detected. */
export const frResources: { [K in keyof typeof enResources]: unknown } = {
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
}

import { sourceById } from '../../adapters/registry'
import { adapterContext } from '../library/sources/adapterContext'
import type { SourceCheckDeps } from './checkPostSources'

/** The real sources, with the servers and sign-ins the user set in the library. */
export const editorSourceCheckDeps: SourceCheckDeps = {
  adapterFor: async (source) => sourceById(source)?.load(),
  contextFor: (adapter, signal) => adapterContext(adapter, signal),
}

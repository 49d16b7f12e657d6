import type { SourceCredentials } from '../../adapters/types'
import { sourceSettings } from '../sourceSettingsStore'

export const chooseLibrarySource = (librarySource: string) =>
  sourceSettings.setState({ librarySource })

/** Remembers the server for a source; an empty value returns to the source's default. */
export const setSourceServer = (sourceId: string, server: string | undefined) =>
  sourceSettings.setState((state) => {
    const servers = { ...state.servers }
    if (server) servers[sourceId] = server
    else delete servers[sourceId]
    return { servers }
  })

export const setSourceCredentials = (
  sourceId: string,
  credentials: SourceCredentials | undefined,
) =>
  sourceSettings.setState((state) => {
    const next = { ...state.credentials }
    if (credentials) next[sourceId] = credentials
    else delete next[sourceId]
    return { credentials: next }
  })

import type { AdapterContext, SourceAdapter } from '../../../adapters/types'
import { setSourceCredentials } from '../../../store/actions/sourceSettingsActions'
import { sourceSettings } from '../../../store/sourceSettingsStore'

/** The server the user chose for a source, or the source's default. */
export const serverFor = (adapter: SourceAdapter): string =>
  sourceSettings.getState().servers[adapter.id] ?? adapter.defaultServer

/** The real outside world for an adapter: the browser's fetch and the saved settings. */
export const adapterContext = (
  adapter: SourceAdapter,
  signal?: AbortSignal,
  server: string = serverFor(adapter),
): AdapterContext => ({
  fetch: (url, init) => window.fetch(url, init),
  signal,
  settings: { server, credentials: sourceSettings.getState().credentials[adapter.id] },
  onCredentialsChange: (credentials) => setSourceCredentials(adapter.id, credentials),
})

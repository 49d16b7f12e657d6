import type { AdapterContext, SourceDescriptor } from '../../../adapters/types'
import { setSourceCredentials } from '../../../store/actions/sourceSettingsActions'
import { sourceSettings } from '../../../store/sourceSettingsStore'
import { currentRelay } from '../../relay/relayStatus'

/** The server the user chose for a source, or the source's default. */
export const serverFor = (source: SourceDescriptor): string =>
  sourceSettings.getState().servers[source.id] ?? source.defaultServer

/** The real outside world for an adapter: the browser's fetch and the saved settings. */
export const adapterContext = (
  source: SourceDescriptor,
  signal?: AbortSignal,
  server: string = serverFor(source),
): AdapterContext => ({
  fetch: (url, init) => window.fetch(url, init),
  signal,
  settings: { server, credentials: sourceSettings.getState().credentials[source.id] },
  onCredentialsChange: (credentials) => setSourceCredentials(source.id, credentials),
  relay: currentRelay(),
})

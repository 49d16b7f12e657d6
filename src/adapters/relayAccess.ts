import type { RelayAccess, RelayPurpose } from './types'

/** Where the editor's own server mounts the relay (see `server/`). */
export const RELAY_PATH = '/relay'

/** The relay on the page's own origin: `GET /relay?url=…&purpose=…`. */
export const createRelayAccess = (base: string = RELAY_PATH): RelayAccess => ({
  url: (target: string, purpose: RelayPurpose) =>
    `${base}?${new URLSearchParams({ url: target, purpose }).toString()}`,
})

/** What `GET /relay/health` answers when the relay runs. */
export interface RelayHealth {
  relay: 'storyloom'
  purposes: RelayPurpose[]
}

const isRelayHealth = (value: unknown): value is RelayHealth =>
  typeof value === 'object' &&
  value !== null &&
  (value as { relay?: unknown }).relay === 'storyloom' &&
  Array.isArray((value as { purposes?: unknown }).purposes)

/**
 * Whether this copy of the editor is served with its relay. A static deployment answers the
 * health address with the app's HTML or a 404, which both mean "no relay".
 */
export const detectRelay = async (
  fetch: (url: string, init?: RequestInit) => Promise<Response>,
  base: string = RELAY_PATH,
): Promise<RelayAccess | undefined> => {
  try {
    const response = await fetch(`${base}/health`, { credentials: 'omit' })
    if (!response.ok) return undefined
    const health: unknown = await response.json()
    return isRelayHealth(health) ? createRelayAccess(base) : undefined
  } catch {
    return undefined
  }
}

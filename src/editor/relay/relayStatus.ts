import { useSyncExternalStore } from 'react'
import { detectRelay } from '../../adapters/relayAccess'
import type { RelayAccess } from '../../adapters/types'

/** `unknown` until the first answer of `GET /relay/health`. */
export type RelayStatus =
  { state: 'unknown' } | { state: 'available'; relay: RelayAccess } | { state: 'absent' }

let status: RelayStatus = { state: 'unknown' }
let detection: Promise<RelayAccess | undefined> | undefined
const listeners = new Set<() => void>()

/**
 * Asks once whether this copy of the editor runs with its relay (npm start) or without it
 * (a static host). Later calls share the first answer.
 */
export const whenRelayKnown = (): Promise<RelayAccess | undefined> => {
  detection ??= detectRelay((url, init) => window.fetch(url, init)).then((relay) => {
    status = relay ? { state: 'available', relay } : { state: 'absent' }
    for (const listener of listeners) listener()
    return relay
  })
  return detection
}

/** The relay if it is known to run; adapters then read sources without CORS through it. */
export const currentRelay = (): RelayAccess | undefined =>
  status.state === 'available' ? status.relay : undefined

const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** What the editor knows of its relay; detection itself starts once, in `main.tsx`. */
export const useRelayStatus = (): RelayStatus =>
  useSyncExternalStore(
    subscribe,
    () => status,
    () => status,
  )

import { createContext, useCallback, useContext, useSyncExternalStore } from 'react'

/**
 * Turns the media addresses posts carry into ones the browser can show. The editor provides one
 * for archived media (`archive-media:` keys → object URLs of stored blobs); everywhere else,
 * exports included, an address is shown as it is.
 */
export interface MediaUrlResolver {
  /**
   * The address to show now: the same or another URL, `null` while it is being read, or `''`
   * when the file cannot be had (drawn as a missing file).
   */
  current: (url: string) => string | null
  /** Keeps `url` resolved while watched, calling `onChange` when `current` changes. */
  watch: (url: string, onChange: () => void) => () => void
}

const identity: MediaUrlResolver = {
  current: (url) => url,
  watch: () => () => {},
}

export const MediaUrlResolverContext = createContext<MediaUrlResolver>(identity)

/** The displayable address for `url` (undefined stays undefined); see MediaUrlResolver.current. */
export const useResolvedMediaUrl = (url: string | undefined): string | null | undefined => {
  const resolver = useContext(MediaUrlResolverContext)
  const subscribe = useCallback(
    (onChange: () => void) => (url === undefined ? () => {} : resolver.watch(url, onChange)),
    [resolver, url],
  )
  const snapshot = () => (url === undefined ? undefined : resolver.current(url))
  return useSyncExternalStore(subscribe, snapshot, snapshot)
}

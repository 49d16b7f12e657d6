import type { MediaFetcher } from '../../exporters/types'
import { mediaArchiveStore } from '../../store/mediaArchive/mediaArchiveStore'
import { archiveMediaBlob, isArchiveMediaUrl } from '../library/archive/archiveMedia'

/**
 * The editor's media fetcher: the bytes, or `undefined` on any failure (offline, gone, a server
 * that allows no cross-origin reads). No cookies and no referrer go with the request.
 */
export const fetchMediaBlob: MediaFetcher = async (url, signal) => {
  // Media kept from an imported archive is read from this browser, never from the network.
  if (isArchiveMediaUrl(url)) return archiveMediaBlob(url)
  // The copy kept when the post entered the story: exports work offline and match the editor.
  const archived = await mediaArchiveStore.blob(url).catch(() => undefined)
  if (archived) return archived
  try {
    const response = await fetch(url, {
      signal,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      mode: 'cors',
    })
    return response.ok ? await response.blob() : undefined
  } catch (error) {
    // Cancelling must stop the export, not count as one more missing file.
    if (signal?.aborted) throw error
    return undefined
  }
}

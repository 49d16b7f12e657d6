import type { MediaUrlResolver } from '../../renderers/media/MediaUrlResolver'
import { createObjectUrlCache } from '../media/createObjectUrlCache'

export interface ArchivedMediaResolver extends MediaUrlResolver {
  dispose: () => void
}

const isHttpUrl = (url: string) => /^https?:\/\//i.test(url)

/**
 * Shows the copy kept in the media archive for an http(s) address, and the address itself when
 * none is kept; every other address goes to `fallback` (the archive-import resolver). Object
 * URLs live while a post shows the file, and a little after (see createObjectUrlCache).
 */
export const createArchivedMediaResolver = (
  readBlob: (url: string) => Promise<Blob | undefined>,
  fallback: MediaUrlResolver,
  { releaseDelayMs = 10_000 }: { releaseDelayMs?: number } = {},
): ArchivedMediaResolver =>
  createObjectUrlCache({
    handles: isHttpUrl,
    readBlob,
    releaseDelayMs,
    notStored: (url) => url,
    // Not watched (e.g. read once by a test): the address as it is.
    unwatched: (url) => url,
    others: fallback,
  })

import type { MediaUrlResolver } from '../../../renderers/media/MediaUrlResolver'
import { createObjectUrlCache } from '../../media/createObjectUrlCache'
import { isArchiveMediaUrl } from './archiveMedia'

export interface ArchiveMediaResolver extends MediaUrlResolver {
  /** Revokes every object URL; the resolver stays usable and reads files again when watched. */
  dispose: () => void
}

// Addresses that are not archived media are shown as they are.
const asTheyAre: MediaUrlResolver = {
  current: (url) => url,
  watch: () => () => {},
}

/**
 * Object URLs for archived media (`archive-media:` keys), made while a post shows the file and
 * revoked a little after (see createObjectUrlCache). A file that is not stored shows as missing.
 */
export const createArchiveMediaResolver = (
  readBlob: (url: string) => Promise<Blob | undefined>,
  { releaseDelayMs = 10_000 }: { releaseDelayMs?: number } = {},
): ArchiveMediaResolver =>
  createObjectUrlCache({
    handles: isArchiveMediaUrl,
    readBlob,
    releaseDelayMs,
    notStored: () => '',
    // Nothing is read until a post watches it: reading, as far as the post can tell.
    unwatched: () => null,
    others: asTheyAre,
  })

import { archiveMediaKey, isArchiveMediaUrl } from '../../../domain/archiveMediaUrl'
import { archiveStore, type ArchiveStore } from '../../../store/archive/archiveStore'

export { isArchiveMediaUrl }

/** The stored file behind an `archive-media:` address, or undefined when it cannot be had. */
export const archiveMediaBlob = async (
  url: string,
  store: ArchiveStore = archiveStore,
): Promise<Blob | undefined> => {
  if (!isArchiveMediaUrl(url)) return undefined
  try {
    return await store.mediaBlob(archiveMediaKey(url))
  } catch {
    // A closed or cleared database reads as a missing file, drawn as a labelled placeholder.
    return undefined
  }
}

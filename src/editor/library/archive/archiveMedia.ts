import { ARCHIVE_MEDIA_SCHEME } from '../../../importers/types'
import { archiveStore, type ArchiveStore } from '../../../store/archive/archiveStore'

export const isArchiveMediaUrl = (url: unknown): url is string =>
  typeof url === 'string' && url.startsWith(ARCHIVE_MEDIA_SCHEME)

/** The stored file behind an `archive-media:` address, or undefined when it cannot be had. */
export const archiveMediaBlob = async (
  url: string,
  store: ArchiveStore = archiveStore,
): Promise<Blob | undefined> => {
  if (!isArchiveMediaUrl(url)) return undefined
  try {
    return await store.mediaBlob(url.slice(ARCHIVE_MEDIA_SCHEME.length))
  } catch {
    // A closed or cleared database reads as a missing file, drawn as a labelled placeholder.
    return undefined
  }
}

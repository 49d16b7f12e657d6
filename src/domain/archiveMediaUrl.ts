/**
 * Posts from an imported archive point at their media with this scheme; the editor resolves it
 * to the file stored in this browser. Never a network address, so an archive works offline.
 */
export const ARCHIVE_MEDIA_SCHEME = 'archive-media:'

export const archiveMediaUrl = (key: string) => `${ARCHIVE_MEDIA_SCHEME}${key}`

export const isArchiveMediaUrl = (url: unknown): url is string =>
  typeof url === 'string' && url.startsWith(ARCHIVE_MEDIA_SCHEME)

/** The stored file's key behind an `archive-media:` address. */
export const archiveMediaKey = (url: string) => url.slice(ARCHIVE_MEDIA_SCHEME.length)

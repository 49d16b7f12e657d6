import type { MediaUrlResolver } from '../../renderers/media/MediaUrlResolver'

interface Entry {
  watchers: Set<() => void>
  /** `undefined` while looking; the object URL of the kept copy; `url` itself when none is kept. */
  shown: string | undefined
  objectUrl?: string
  releaseTimer?: ReturnType<typeof setTimeout>
}

export interface ArchivedMediaResolver extends MediaUrlResolver {
  dispose: () => void
}

const isHttpUrl = (url: string) => /^https?:\/\//i.test(url)

/**
 * Shows the copy kept in the media archive for an http(s) address, and the address itself when
 * none is kept; every other address goes to `fallback` (the archive-import resolver). Object
 * URLs live while a post shows the file, and a little after (see archiveMediaResolver).
 */
export const createArchivedMediaResolver = (
  readBlob: (url: string) => Promise<Blob | undefined>,
  fallback: MediaUrlResolver,
  { releaseDelayMs = 10_000 }: { releaseDelayMs?: number } = {},
): ArchivedMediaResolver => {
  const entries = new Map<string, Entry>()

  const release = (url: string, entry: Entry) => {
    if (entries.get(url) !== entry) return
    entries.delete(url)
    if (entry.objectUrl) URL.revokeObjectURL(entry.objectUrl)
  }

  const load = (url: string, entry: Entry) => {
    void readBlob(url)
      .catch(() => undefined)
      .then((blob) => {
        if (entries.get(url) !== entry) return
        if (blob) entry.objectUrl = URL.createObjectURL(blob)
        entry.shown = entry.objectUrl ?? url
        for (const watcher of [...entry.watchers]) watcher()
      })
  }

  return {
    current: (url) => {
      if (!isHttpUrl(url)) return fallback.current(url)
      const entry = entries.get(url)
      // Not watched (e.g. read once by a test): the address as it is.
      if (!entry) return url
      return entry.shown ?? null
    },

    watch: (url, onChange) => {
      if (!isHttpUrl(url)) return fallback.watch(url, onChange)
      let entry = entries.get(url)
      if (!entry) {
        entry = { watchers: new Set(), shown: undefined }
        entries.set(url, entry)
        load(url, entry)
      }
      clearTimeout(entry.releaseTimer)
      const watched = entry
      watched.watchers.add(onChange)
      return () => {
        watched.watchers.delete(onChange)
        if (watched.watchers.size > 0) return
        clearTimeout(watched.releaseTimer)
        watched.releaseTimer = setTimeout(() => release(url, watched), releaseDelayMs)
      }
    },

    dispose: () => {
      for (const [url, entry] of [...entries]) {
        clearTimeout(entry.releaseTimer)
        release(url, entry)
      }
    },
  }
}

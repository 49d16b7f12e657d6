import type { MediaUrlResolver } from '../../../renderers/media/MediaUrlResolver'
import { isArchiveMediaUrl } from './archiveMedia'

interface Entry {
  watchers: Set<() => void>
  /** `undefined` while reading; `''` when the file is not stored; else an object URL. */
  shown: string | undefined
  releaseTimer?: ReturnType<typeof setTimeout>
}

export interface ArchiveMediaResolver extends MediaUrlResolver {
  /** Revokes every object URL; the resolver stays usable and reads files again when watched. */
  dispose: () => void
}

/**
 * Object URLs for archived media, made when a post showing the file mounts and revoked a little
 * after the last one unmounts: a virtualised list scrolling back and forth reuses them, and a
 * 100,000-post archive never holds more than the files on screen.
 */
export const createArchiveMediaResolver = (
  readBlob: (url: string) => Promise<Blob | undefined>,
  { releaseDelayMs = 10_000 }: { releaseDelayMs?: number } = {},
): ArchiveMediaResolver => {
  const entries = new Map<string, Entry>()

  const release = (url: string, entry: Entry) => {
    if (entries.get(url) !== entry) return
    entries.delete(url)
    if (entry.shown) URL.revokeObjectURL(entry.shown)
  }

  const load = (url: string, entry: Entry) => {
    void readBlob(url)
      .catch(() => undefined)
      .then((blob) => {
        // Released, or disposed, while reading: nobody is left to show it.
        if (entries.get(url) !== entry) return
        entry.shown = blob ? URL.createObjectURL(blob) : ''
        for (const watcher of [...entry.watchers]) watcher()
      })
  }

  return {
    current: (url) => {
      if (!isArchiveMediaUrl(url)) return url
      const shown = entries.get(url)?.shown
      return shown === undefined ? null : shown
    },

    watch: (url, onChange) => {
      if (!isArchiveMediaUrl(url)) return () => {}
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

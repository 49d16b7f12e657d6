import type { MediaUrlResolver } from '../../renderers/media/MediaUrlResolver'

interface Entry {
  watchers: Set<() => void>
  /** `undefined` while reading; then the object URL, or what `notStored` gave. */
  shown: string | undefined
  objectUrl?: string
  releaseTimer?: ReturnType<typeof setTimeout>
}

export interface ObjectUrlCacheOptions {
  /** Whether an address is one whose stored file this cache shows. */
  handles: (url: string) => boolean
  /** The stored file for a handled address, or undefined when none is stored. */
  readBlob: (url: string) => Promise<Blob | undefined>
  /** How long an object URL outlives its last watcher. */
  releaseDelayMs: number
  /** What shows for a handled address once read, when nothing is stored for it. */
  notStored: (url: string) => string
  /** What `current` gives for a handled address nobody watches (nothing is read for it). */
  unwatched: (url: string) => string | null
  /** Answers for every address the cache does not handle. */
  others: MediaUrlResolver
}

export interface ObjectUrlCache extends MediaUrlResolver {
  /** Revokes every object URL; the cache stays usable and reads files again when watched. */
  dispose: () => void
}

/**
 * Object URLs for stored files, made when a post showing the file mounts and revoked a little
 * after the last one unmounts: a virtualised list scrolling back and forth reuses them, and a
 * 100,000-post archive never holds more than the files on screen.
 */
export const createObjectUrlCache = ({
  handles,
  readBlob,
  releaseDelayMs,
  notStored,
  unwatched,
  others,
}: ObjectUrlCacheOptions): ObjectUrlCache => {
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
        // Released, or disposed, while reading: nobody is left to show it.
        if (entries.get(url) !== entry) return
        if (blob) entry.objectUrl = URL.createObjectURL(blob)
        entry.shown = entry.objectUrl ?? notStored(url)
        for (const watcher of [...entry.watchers]) watcher()
      })
  }

  return {
    current: (url) => {
      if (!handles(url)) return others.current(url)
      const entry = entries.get(url)
      if (!entry) return unwatched(url)
      return entry.shown ?? null
    },

    watch: (url, onChange) => {
      if (!handles(url)) return others.watch(url, onChange)
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

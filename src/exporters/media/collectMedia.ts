import type { MediaFetcher } from '../types'

/**
 * Fetches every media file once, a few at a time, before anything is drawn: an export then
 * never waits on, or fails for, one slow or non-CORS image. Missing files are simply absent
 * from the map, and the exporter draws a labelled placeholder for them.
 */
export const collectMedia = async (
  urls: readonly string[],
  fetchMedia: MediaFetcher,
  options: { signal?: AbortSignal; onProgress?: (done: number, total: number) => void } = {},
): Promise<Map<string, Blob>> => {
  const found = new Map<string, Blob>()
  const queue = [...new Set(urls)]
  const total = queue.length
  let done = 0
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      options.signal?.throwIfAborted()
      const blob = await fetchMedia(url, options.signal).catch(() => undefined)
      if (blob) found.set(url, blob)
      done += 1
      options.onProgress?.(done, total)
    }
  }
  await Promise.all(Array.from({ length: Math.min(4, total) }, worker))
  options.signal?.throwIfAborted()
  return found
}

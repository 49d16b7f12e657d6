import type { Post } from '../../domain/post'
import type { RelayAccess } from '../../adapters/types'
import type { MediaArchiveStore } from './mediaArchiveStore'
import { postImageUrls } from './postImageUrls'

/** A larger file is no post image but something odd; it is left at its source. */
export const MEDIA_ARCHIVE_MAX_BYTES = 15 * 1024 * 1024
/** Files fetched at once: a 40-post add must not flood one server. */
export const MEDIA_ARCHIVE_CONCURRENCY = 3

export interface ArchiveMediaDeps {
  store: MediaArchiveStore
  fetch: (url: string, init?: RequestInit) => Promise<Response>
  /** Our relay, asked only after the file's own server refused a direct read (no CORS). */
  relay?: () => Promise<RelayAccess | undefined>
  now?: () => Date
  maxBytes?: number
  concurrency?: number
}

export type ArchiveOutcome = 'stored' | 'already-stored' | 'refused' | 'failed'

/** SVG can carry script; only raster images are kept. */
const isAcceptedImageType = (type: string) => /^image\/(?!svg)[\w.+-]+$/i.test(type.trim())

const read = async (
  fetch: ArchiveMediaDeps['fetch'],
  url: string,
): Promise<Response | undefined> => {
  try {
    const response = await fetch(url, {
      mode: 'cors',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    })
    return response.ok ? response : undefined
  } catch {
    return undefined
  }
}

const archiveOne = async (url: string, deps: ArchiveMediaDeps): Promise<ArchiveOutcome> => {
  if (await deps.store.has(url)) return 'already-stored'
  let response = await read(deps.fetch, url)
  if (!response) {
    const relay = await deps.relay?.()
    if (relay) response = await read(deps.fetch, relay.url(url, 'media'))
  }
  if (!response) return 'failed'
  const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  const maxBytes = deps.maxBytes ?? MEDIA_ARCHIVE_MAX_BYTES
  const declared = Number(response.headers.get('content-length'))
  if (!isAcceptedImageType(type) || declared > maxBytes) return 'refused'
  const bytes = await response.arrayBuffer()
  if (bytes.byteLength === 0 || bytes.byteLength > maxBytes) return 'refused'
  await deps.store.put({
    url,
    type,
    size: bytes.byteLength,
    bytes,
    storedAt: (deps.now?.() ?? new Date()).toISOString(),
  })
  return 'stored'
}

/**
 * Keeps a copy of every image `posts` show, so the story and its exports need no network later.
 * Never throws: a file that cannot be had stays at its source and is simply not archived.
 */
export const archivePostMedia = async (
  posts: readonly Post[],
  deps: ArchiveMediaDeps,
): Promise<Map<string, ArchiveOutcome>> => {
  const urls = [...new Set(posts.flatMap(postImageUrls))]
  const outcomes = new Map<string, ArchiveOutcome>()
  let next = 0
  const worker = async () => {
    while (next < urls.length) {
      const url = urls[next++]!
      outcomes.set(url, await archiveOne(url, deps).catch((): ArchiveOutcome => 'failed'))
    }
  }
  const concurrency = Math.max(1, deps.concurrency ?? MEDIA_ARCHIVE_CONCURRENCY)
  await Promise.all(Array.from({ length: Math.min(concurrency, urls.length) }, worker))
  return outcomes
}

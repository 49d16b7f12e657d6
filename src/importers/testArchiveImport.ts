import { readFileSync } from 'node:fs'
import { zipSync, type Zippable } from 'fflate'
import type { Post } from '../domain/post'
import { fixturePath } from '../test/fixturePath'
import { runArchiveImport } from './runArchiveImport'
import type { ArchiveMediaFile, ImportEvent, ImportOptions } from './types'

export const FIXED_NOW = new Date('2026-01-02T03:04:05.000Z')

export const fixtureBytes = (relative: string): Uint8Array =>
  new Uint8Array(readFileSync(fixturePath(relative)))

export const fileOf = (name: string, bytes: Uint8Array | string): File =>
  new File(
    [typeof bytes === 'string' ? new TextEncoder().encode(bytes) : new Uint8Array(bytes)],
    name,
  )

export const zipOf = (name: string, entries: Zippable): File => fileOf(name, zipSync(entries))

export interface ImportResult {
  events: ImportEvent[]
  posts: Post[]
  media: ArchiveMediaFile[]
  done?: Extract<ImportEvent, { type: 'done' }>
  failed?: Extract<ImportEvent, { type: 'failed' }>
  batches: number
}

export const importFile = async (
  file: File,
  options: ImportOptions = {},
  signal: AbortSignal = new AbortController().signal,
  batchPosts?: number,
): Promise<ImportResult> => {
  const events: ImportEvent[] = []
  await runArchiveImport(file, options, (event) => events.push(event), signal, {
    now: () => FIXED_NOW,
    ...(batchPosts ? { batchPosts } : {}),
  })
  const batches = events.flatMap((event) => (event.type === 'batch' ? [event.batch] : []))
  return {
    events,
    posts: batches.flatMap((batch) => batch.posts),
    media: batches.flatMap((batch) => batch.media),
    done: events.find((event) => event.type === 'done'),
    failed: events.find((event) => event.type === 'failed'),
    batches: batches.length,
  }
}

export const postById = (posts: Post[], id: string): Post => {
  const post = posts.find((candidate) => candidate.id === id)
  if (!post) throw new Error(`No post ${id} among ${posts.length}`)
  return post
}

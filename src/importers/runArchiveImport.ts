import { ArchiveImportError } from './archiveImportError'
import type { BatchBacklog } from './batchBacklog'
import { importBlueskyCar } from './bluesky/importBlueskyCar'
import { detectArchive } from './detectArchive'
import type { ImportContext } from './importContext'
import { importLinkedin } from './linkedin/importLinkedin'
import { importMastodon } from './mastodon/importMastodon'
import { importMeta } from './meta/importMeta'
import { PostSink } from './postSink'
import type { ReadMeter } from './readBlobChunks'
import { importTwitter } from './twitter/importTwitter'
import type { ArchiveKind, ImportEvent, ImportOptions } from './types'

export interface RunArchiveImportDeps {
  /** The import's clock: every post's `fetchedAt`. */
  now?: () => Date
  /** Posts per batch (500 by default). */
  batchPosts?: number
  /** Batches not yet stored by the editor; without it the parsers never wait. */
  backlog?: BatchBacklog
  /** Adds where the time went to the `done` event (the app does, for the benchmark). */
  reportTimings?: boolean
}

const ARCHIVE_NAMES: Record<ArchiveKind, string> = {
  twitter: 'X/Twitter',
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
  instagram: 'Instagram',
  facebook: 'Facebook',
  linkedin: 'LinkedIn',
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error))

/**
 * Reads an archive the user chose and reports what it finds through `emit`: progress, batches
 * of posts and media, then `done`, or one `failed` with a reason and an English detail. Never
 * throws. Runs anywhere (a Worker in the app, Node in tests): it only needs Blob and TextDecoder.
 */
export const runArchiveImport = async (
  file: Blob & { name: string },
  options: ImportOptions,
  emit: (event: ImportEvent) => void,
  signal: AbortSignal,
  deps: RunArchiveImportDeps = {},
): Promise<void> => {
  const meter: ReadMeter = { bytesRead: 0 }
  const sink = new PostSink({
    emit,
    signal,
    meter,
    totalBytes: file.size,
    ...(deps.batchPosts ? { batchPosts: deps.batchPosts } : {}),
    ...(deps.backlog ? { backlog: deps.backlog } : {}),
  })
  let kind: ArchiveKind | undefined
  try {
    const context: ImportContext = {
      options,
      fetchedAt: (deps.now?.() ?? new Date()).toISOString(),
      signal,
      sink,
    }
    sink.progress()
    const archive = await detectArchive(file, file.name, meter)
    kind = archive.kind
    switch (archive.kind) {
      case 'twitter':
        await importTwitter(context, archive)
        break
      case 'mastodon':
        await importMastodon(context, archive)
        break
      case 'bluesky':
        await importBlueskyCar(context, archive.file, meter)
        break
      case 'instagram':
      case 'facebook':
        await importMeta(context, archive)
        break
      case 'linkedin':
        await importLinkedin(context, archive)
        break
    }
    sink.flush()
    emit({
      type: 'done',
      kind,
      posts: sink.postCount,
      media: sink.mediaCount,
      ...(deps.reportTimings
        ? { timings: { ...sink.timings, waitMs: deps.backlog?.waitedMs ?? 0 } }
        : {}),
    })
  } catch (error) {
    if (signal.aborted) {
      emit({
        type: 'failed',
        reason: 'cancelled',
        detail: 'The import was cancelled.',
        ...(kind ? { kind } : {}),
      })
      return
    }
    const failure =
      error instanceof ArchiveImportError
        ? error
        : new ArchiveImportError(
            'malformed',
            `${kind ? `The ${ARCHIVE_NAMES[kind]} archive` : 'The file'} could not be read: ${describe(error)}`,
            kind,
          )
    const failureKind = failure.kind ?? kind
    emit({
      type: 'failed',
      reason: failure.reason,
      detail: failure.detail,
      ...(failureKind ? { kind: failureKind } : {}),
    })
  }
}

/// <reference lib="webworker" />
import { BatchBacklog } from './batchBacklog'
import { runArchiveImport } from './runArchiveImport'
import { transferablesOf } from './transferablesOf'
import type { ImportEvent, ImportRequest } from './types'

const scope = self as unknown as DedicatedWorkerGlobalScope

/**
 * Batches the editor may have waiting to be stored before parsing pauses: enough to keep
 * IndexedDB busy, few enough that memory stays flat on a 400,000-tweet archive.
 */
const MAX_UNSTORED_BATCHES = 4
/**
 * Posts per batch: IndexedDB pays per transaction, so bigger is faster, but the editor clones
 * and stores each batch on the main thread, which must stay under a frame budget.
 */
const BATCH_POSTS = 1000

/** Media buffers are moved to the main thread, not copied. */
const post = (event: ImportEvent) => scope.postMessage(event, transferablesOf(event))

let current: { controller: AbortController; backlog: BatchBacklog } | undefined

scope.onmessage = (message: MessageEvent<ImportRequest>) => {
  const request = message.data
  if (request.type === 'stored') {
    current?.backlog.acknowledge()
    return
  }
  if (request.type === 'cancel') {
    current?.controller.abort()
    return
  }
  current?.controller.abort()
  const controller = new AbortController()
  const backlog = new BatchBacklog(MAX_UNSTORED_BATCHES)
  current = { controller, backlog }
  void runArchiveImport(request.file, request.options, post, controller.signal, {
    backlog,
    batchPosts: BATCH_POSTS,
    reportTimings: true,
  })
}

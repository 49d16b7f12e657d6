import type { AdapterContext, SourceAdapter } from '../../adapters/types'
import { compareSnapshots } from '../../domain/sourceCheck/compareSnapshots'
import type { Post, PostId, SourceCheck } from '../../domain/post'

/** Two at a time: a story's posts often share one server, which must not be flooded. */
export const SOURCE_CHECK_CONCURRENCY = 2

export interface SourceCheckDeps {
  /** The adapter that can read posts of `source` again, or undefined (archives, samples). */
  adapterFor: (source: string) => Promise<SourceAdapter | undefined>
  contextFor: (adapter: SourceAdapter, signal: AbortSignal) => AdapterContext
  now?: () => Date
  concurrency?: number
}

export interface SourceCheckSummary {
  live: number
  edited: number
  deleted: number
  unavailable: number
  /** Posts no source can read again: imported archives, samples, sources without recheck. */
  uncheckable: number
  /** Posts whose source did not answer (offline, server error): their status is unchanged. */
  failed: number
}

export interface SourceCheckRun {
  checks: Map<PostId, SourceCheck>
  summary: SourceCheckSummary
  cancelled: boolean
}

export const emptySummary = (): SourceCheckSummary => ({
  live: 0,
  edited: 0,
  deleted: 0,
  unavailable: 0,
  uncheckable: 0,
  failed: 0,
})

type Outcome = SourceCheck | 'uncheckable' | 'failed'

const checkOne = async (
  post: Post,
  deps: SourceCheckDeps,
  signal: AbortSignal,
): Promise<Outcome> => {
  const adapter = await deps.adapterFor(post.source).catch(() => undefined)
  if (!adapter?.recheck) return 'uncheckable'
  try {
    const result = await adapter.recheck(post, deps.contextFor(adapter, signal))
    const checkedAt = (deps.now?.() ?? new Date()).toISOString()
    if (result.state === 'live') return compareSnapshots(post, result.post, checkedAt)
    if (result.state === 'deleted') return { state: 'deleted', checkedAt }
    return { state: 'unavailable', checkedAt, reason: result.reason }
  } catch {
    return 'failed'
  }
}

/**
 * Reads each post again at its source, a few at a time, and says what became of it. Stops
 * starting new reads when `signal` aborts; what was found until then is kept.
 */
export const checkPostSources = async (
  posts: readonly Post[],
  deps: SourceCheckDeps,
  {
    signal = new AbortController().signal,
    onProgress,
  }: {
    signal?: AbortSignal
    onProgress?: (done: number, total: number, summary: SourceCheckSummary) => void
  } = {},
): Promise<SourceCheckRun> => {
  const checks = new Map<PostId, SourceCheck>()
  const summary = emptySummary()
  let next = 0
  let done = 0
  const worker = async () => {
    while (next < posts.length && !signal.aborted) {
      const post = posts[next++]!
      const outcome = await checkOne(post, deps, signal)
      if (signal.aborted) return
      if (typeof outcome === 'string') summary[outcome] += 1
      else {
        summary[outcome.state] += 1
        checks.set(post.id, outcome)
      }
      done += 1
      onProgress?.(done, posts.length, { ...summary })
    }
  }
  const concurrency = Math.max(1, deps.concurrency ?? SOURCE_CHECK_CONCURRENCY)
  await Promise.all(Array.from({ length: Math.min(concurrency, posts.length) }, worker))
  return { checks, summary, cancelled: signal.aborted }
}

import { META_ACTIVE_STORY_ID, type StoryloomDatabase } from './database'
import { toSaveError } from './errors'
import { invalidReason, toStoredStory } from './storedStory'
import type { SaveError, SaveStatus, WorkspaceSnapshot } from './types'
import {
  applyChanges,
  diffWorkspace,
  hasChanges,
  writtenStateOf,
  type WorkspaceChanges,
} from './workspaceDiff'
import { writeAtomically } from './writeTransaction'

export interface AutosaverOptions {
  db: StoryloomDatabase
  /** Quiet time after the last change before writing. */
  delayMs?: number
  /** Longest time a change waits, so continuous typing still saves within a second. */
  maxWaitMs?: number
  onStatus?: (status: SaveStatus) => void
  /** The loaded workspace: what the database already holds, so nothing is rewritten at start. */
  baseline?: WorkspaceSnapshot
  /** Clock in ms, for `maxWaitMs` and `savedAt`. */
  now?: () => number
}

export interface Autosaver {
  /** Remembers the latest snapshot and writes it once quiet (or at the latest after maxWaitMs). */
  schedule(snapshot: WorkspaceSnapshot): void
  /**
   * Writes now, after any write in flight. Always resolves, once the data is committed or the
   * write failed: failures go to `onStatus` like every other save, so there is one place that
   * shows them and pagehide handlers cannot leave unhandled rejections.
   */
  flush(): Promise<void>
  /** Whether the latest snapshot holds changes the database does not (e.g. after a failed write). */
  hasUnsavedChanges(): boolean
  /** Cancels a pending write and stops reporting. Call `flush()` first to keep the changes. */
  dispose(): void
}

const titleOf = (title: string) => (title.trim() ? `“${title.trim()}”` : 'An untitled story')

export const createAutosaver = ({
  db,
  delayMs = 400,
  maxWaitMs = 800,
  onStatus,
  baseline,
  now = Date.now,
}: AutosaverOptions): Autosaver => {
  let written = writtenStateOf(baseline)
  let latest = baseline
  let timer: ReturnType<typeof setTimeout> | undefined
  let firstUnsavedAt: number | undefined
  /** The write in flight, and the one waiting for it: writes never overlap. */
  let running: Promise<void> | undefined
  let queued: Promise<void> | undefined
  let savedAt: string | undefined
  let lastState: SaveStatus['state'] | undefined
  let disposed = false

  const report = (status: SaveStatus) => {
    if (disposed) return
    lastState = status.state
    try {
      onStatus?.(status)
    } catch (error) {
      // A broken listener must not break saving, nor vanish: rethrow it outside this write.
      queueMicrotask(() => {
        throw error
      })
    }
  }
  // `savedAt` stays on every status, so the UI can say "last saved at …" even after a failure.
  const reportError = (error: SaveError) => report({ state: 'error', savedAt, error })

  /** Drops the records that would not load back, and says why. */
  const setAsideInvalid = (changes: WorkspaceChanges): string[] => {
    const reasons: string[] = []
    for (const [id, entry] of changes.put) {
      const reason = invalidReason(id, toStoredStory(entry.story, entry.posts))
      if (reason) {
        reasons.push(`${titleOf(entry.story.title)} could not be saved: ${reason}.`)
        changes.put.delete(id)
      }
    }
    return reasons
  }

  const writeLatest = async () => {
    const snapshot = latest
    if (!snapshot) return
    const changes = diffWorkspace(written, snapshot)
    const invalid = setAsideInvalid(changes)
    const invalidError: SaveError | undefined = invalid.length
      ? { kind: 'unknown', message: invalid.join(' ') }
      : undefined

    if (!hasChanges(changes)) {
      if (invalidError) reportError(invalidError)
      // Back in step with the database (e.g. the user undid the change that failed).
      else if (lastState === 'error') report({ state: 'saved', savedAt })
      return
    }

    report({ state: 'saving', savedAt })
    // Created before any await, so a flush started in a `blocking` callback commits before close.
    const tx = db.transaction(['stories', 'meta'], 'readwrite')
    const stories = tx.objectStore('stories')
    const errors = await writeAtomically(tx, (track) => {
      for (const [id, entry] of changes.put) {
        track(stories.put(toStoredStory(entry.story, entry.posts), id))
      }
      for (const id of changes.delete) track(stories.delete(id))
      if (changes.activeStoryIdChanged) {
        track(tx.objectStore('meta').put(snapshot.activeStoryId, META_ACTIVE_STORY_ID))
      }
    })
    if (errors.length > 0) {
      reportError(toSaveError(...errors))
      return
    }
    written = applyChanges(written, changes, snapshot.activeStoryId)
    savedAt = new Date(now()).toISOString()
    if (invalidError) reportError(invalidError)
    else report({ state: 'saved', savedAt })
  }

  const start = (): Promise<void> => {
    const write: Promise<void> = writeLatest()
      .catch((error: unknown) => reportError(toSaveError(error)))
      .finally(() => {
        if (running === write) running = undefined
      })
    return write
  }

  const save = (): Promise<void> => {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
    firstUnsavedAt = undefined
    // A write already waiting will read the latest snapshot when it starts.
    if (queued) return queued
    if (!running) {
      running = start()
      return running
    }
    const next = running.then(() => {
      queued = undefined
      running = start()
      return running
    })
    queued = next
    return next
  }

  return {
    schedule(snapshot) {
      if (disposed) return
      latest = snapshot
      const at = now()
      firstUnsavedAt ??= at
      if (timer !== undefined) clearTimeout(timer)
      const wait = Math.max(0, Math.min(delayMs, firstUnsavedAt + maxWaitMs - at))
      timer = setTimeout(() => {
        timer = undefined
        void save()
      }, wait)
    },
    flush() {
      return disposed ? Promise.resolve() : save()
    },
    hasUnsavedChanges() {
      return latest !== undefined && hasChanges(diffWorkspace(written, latest))
    },
    dispose() {
      disposed = true
      if (timer !== undefined) clearTimeout(timer)
      timer = undefined
    },
  }
}

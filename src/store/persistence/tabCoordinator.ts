/**
 * One writer at a time across the tabs of one browser profile (the lost-work cases of
 * Excalidraw #10770 and tldraw #10514: an older tab overwriting newer work).
 *
 * The tab holding the Web Lock is the writer; every other tab is a reader that waits in the
 * lock's queue, so it becomes the writer by itself when the writer's tab goes away (closed or
 * crashed: the browser releases the lock). A reader can ask to take over: the writer flushes
 * its pending saves and becomes a reader first, then the new writer steals the lock, so no
 * acknowledged edit is dropped on the way. Messages go over a BroadcastChannel and carry the
 * schema version, so a tab that hears from a newer Storyloom stops and asks for a reload.
 */

export type TabRole = 'writer' | 'reader'

/** The part of `navigator.locks` used here; tests pass a fake. */
export interface LockManagerLike {
  request(
    name: string,
    options: { ifAvailable?: boolean; steal?: boolean; signal?: AbortSignal },
    callback: (lock: unknown) => Promise<unknown> | unknown,
  ): Promise<unknown>
}

/** The part of a BroadcastChannel used here; tests pass a fake. */
export interface ChannelLike {
  postMessage(message: unknown): void
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void
  removeEventListener(type: 'message', listener: (event: { data: unknown }) => void): void
  close(): void
}

export type TabMessage =
  | { type: 'hello'; from: string; schemaVersion: number }
  | { type: 'handover-request'; from: string; schemaVersion: number }
  | { type: 'handed-over'; to: string; from: string; schemaVersion: number }
  | { type: 'handover-refused'; to: string; from: string; schemaVersion: number }
  | { type: 'saved'; from: string; schemaVersion: number }

export interface TabCoordinatorOptions {
  /** Names the lock and the channel: one writer per database. */
  name: string
  schemaVersion: number
  /** `undefined` when the browser has no Web Locks: see `startTabCoordinator`. */
  locks: LockManagerLike | undefined
  channel: ChannelLike | undefined
  /**
   * The role changed (also called once at start). The coordinator waits for it: a new writer
   * reloads from the database before it saves anything.
   */
  onRole: (role: TabRole) => Promise<void> | void
  /**
   * The writer is asked to hand over: write everything pending and stop writing. Rejecting
   * (the last save failed) refuses the hand-over: the writer keeps its unsaved work and its role.
   */
  stopWriting: () => Promise<void>
  /** A reader learns that the writer saved. */
  onRemoteSave: () => void
  /** Another tab runs a newer schema than this one. */
  onNewerVersion: (version: number) => void
  /** How long a takeover waits for the writer to hand over before stealing the lock. */
  handoverTimeoutMs?: number
  /** How long a starting tab waits for the lock before it opens read-only. */
  startWaitMs?: number
  tabId?: string
}

export interface TabCoordinator {
  readonly role: TabRole
  /**
   * Becomes the writer: the current writer flushes and turns reader first. `refused` when the
   * writer could not save its last changes: it keeps writing, and this tab stays a reader.
   */
  takeOver(): Promise<'taken' | 'refused'>
  /** The writer tells readers to reload. */
  announceSaved(): void
  /** Releases the lock and stops listening. */
  dispose(): void
}

const isTabMessage = (data: unknown): data is TabMessage =>
  typeof data === 'object' &&
  data !== null &&
  typeof (data as { type?: unknown }).type === 'string' &&
  typeof (data as { schemaVersion?: unknown }).schemaVersion === 'number'

const isAbort = (error: unknown) =>
  typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError'

/**
 * Resolves once the first role is known (and `onRole` has run for it). Without Web Locks
 * (very old browsers) every tab is a writer, as before this coordinator existed: two tabs can
 * then overwrite each other, which the browser gives us no safe way to prevent.
 */
export const startTabCoordinator = async (
  options: TabCoordinatorOptions,
): Promise<TabCoordinator> => {
  const {
    name,
    schemaVersion,
    locks,
    channel,
    onRole,
    stopWriting,
    onRemoteSave,
    onNewerVersion,
    handoverTimeoutMs = 2000,
    startWaitMs = 700,
    tabId = crypto.randomUUID(),
  } = options
  let role: TabRole | undefined
  let disposed = false
  /** Resolving it releases the lock we hold. */
  let release: (() => void) | undefined
  /** Aborts our place in the lock's queue. */
  let leaveQueue: AbortController | undefined
  let handedOver: ((answer: 'taken' | 'refused') => void) | undefined
  /** Role changes run one after another, in order. */
  let roleChanges: Promise<void> = Promise.resolve()

  const post = (message: Omit<TabMessage, 'schemaVersion' | 'from'> & { to?: string }) =>
    channel?.postMessage({ ...message, from: tabId, schemaVersion })

  const setRole = (next: TabRole): Promise<void> => {
    roleChanges = roleChanges
      .then(async () => {
        if (disposed || role === next) return
        role = next
        await onRole(next)
      })
      // One failed change must not block the next ones; `onRole` reports its own failures.
      .catch((error: unknown) => console.error('Storyloom: changing the tab role failed.', error))
    return roleChanges
  }

  /**
   * Asks for the lock; once granted we are the writer until `release` runs or another tab
   * steals it. `onAnswer` learns at once whether the lock was granted, before the role change.
   */
  const requestLock = (
    lockOptions: { ifAvailable?: boolean; steal?: boolean; signal?: AbortSignal },
    onAnswer: (granted: boolean) => void = () => undefined,
  ) => {
    if (!locks) return
    locks
      .request(name, lockOptions, async (lock) => {
        if (!lock) {
          onAnswer(false) // `ifAvailable` and someone else holds it
          return undefined
        }
        if (leaveQueue?.signal === lockOptions.signal) leaveQueue = undefined
        const held = new Promise<void>((resolve) => (release = resolve))
        onAnswer(true)
        await setRole('writer')
        return held
      })
      .then(
        () => undefined,
        (error: unknown) => {
          // We left the queue ourselves (takeover or dispose): nothing was held.
          if (lockOptions.signal?.aborted || disposed) return
          if (!isAbort(error)) console.error('Storyloom: the writer lock failed.', error)
          // Stolen: another tab took over. Read from now on, and wait for our turn again.
          release = undefined
          void setRole('reader').then(queue)
        },
      )
  }

  /** Waits in the lock's queue: when the writer's tab goes away, the lock comes to us. */
  const queue = () => {
    if (disposed || leaveQueue || release) return
    leaveQueue = new AbortController()
    requestLock({ signal: leaveQueue.signal })
  }

  const onMessage = (event: { data: unknown }) => {
    const message = event.data
    if (!isTabMessage(message) || disposed || message.from === tabId) return
    if (message.schemaVersion > schemaVersion) {
      onNewerVersion(message.schemaVersion)
      return
    }
    if (message.type === 'saved' && role === 'reader') onRemoteSave()
    else if (message.type === 'handed-over' && message.to === tabId) handedOver?.('taken')
    else if (message.type === 'handover-refused' && message.to === tabId) handedOver?.('refused')
    else if (message.type === 'handover-request' && role === 'writer') {
      // Readers first, then tell the new writer: it steals the lock only after our last write.
      void stopWriting().then(
        () => setRole('reader').then(() => post({ type: 'handed-over', to: message.from })),
        () => post({ type: 'handover-refused', to: message.from }),
      )
    }
  }
  channel?.addEventListener('message', onMessage)
  // Lets a tab of an older Storyloom learn that a newer one is open.
  post({ type: 'hello' })

  if (!locks) {
    await setRole('writer')
  } else {
    // Wait a moment in the queue before settling for reader: on a reload or after a crash the
    // previous page of this same tab may still hold the lock for a few milliseconds.
    const granted = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), startWaitMs)
      leaveQueue = new AbortController()
      requestLock({ signal: leaveQueue.signal }, (answer) => {
        clearTimeout(timer)
        resolve(answer)
      })
    })
    // Still queued when not granted: the lock comes to us once the writer's tab goes away.
    if (!granted) await setRole('reader')
    await roleChanges
  }

  return {
    get role() {
      return role ?? 'reader'
    },
    async takeOver() {
      if (!locks || role === 'writer' || disposed) return 'taken'
      // The writer flushes and turns reader; an unresponsive one is overruled after a while.
      const answer = await new Promise<'taken' | 'refused'>((resolve) => {
        const timer = setTimeout(() => resolve('taken'), handoverTimeoutMs)
        handedOver = (given) => {
          clearTimeout(timer)
          resolve(given)
        }
        post({ type: 'handover-request' })
      })
      handedOver = undefined
      if (answer === 'refused') return 'refused'
      leaveQueue?.abort()
      leaveQueue = undefined
      await new Promise<void>((resolve) => requestLock({ steal: true }, () => resolve()))
      await roleChanges
      return 'taken'
    },
    announceSaved() {
      if (role === 'writer') post({ type: 'saved' })
    },
    dispose() {
      disposed = true
      channel?.removeEventListener('message', onMessage)
      leaveQueue?.abort()
      release?.()
      release = undefined
    },
  }
}

import { SCHEMA_VERSION } from '../domain/schema'
import { createStory } from '../domain/storyOps'
import type { DocumentState, SaveStatus } from './editorData'
import { editorStore, selectDocument } from './editorStore'
import { emptyHistory } from './history'
import { flushPendingEdits } from './pendingEdits'
import { PERSISTED_KEYS, pick } from './storageConfig'
import { refuseWhenReadOnly, setTabAccess, useTabAccessStore } from './tabAccess'
import {
  createAutosaver,
  DEFAULT_DATABASE_NAME,
  describeOpenError,
  discardStoredStory,
  exportRawDatabase,
  installFlushOnHide,
  loadWorkspace,
  openStoryDatabase,
  requestPersistentStorage,
  snapshotOf,
  startTabCoordinator,
  type Autosaver,
  type ChannelLike,
  type LoadedWorkspace,
  type LockManagerLike,
  type SaveStatus as StoredSaveStatus,
  type StoredProblem,
  type StoryloomDatabase,
  type TabCoordinator,
  type TabRole,
} from './persistence'

/** The live connection between the store and IndexedDB; one per tab. */
interface Session {
  db: StoryloomDatabase | null
  /** Set while this tab is the writer. */
  autosaver: Autosaver | null
  coordinator: TabCoordinator | null
  problems: StoredProblem[]
  stop: () => void
}

let session: Session | null = null

/** What the session needs from the browser; tests pass fakes. */
export interface SessionEnvironment {
  locks?: LockManagerLike
  createChannel?: (name: string) => ChannelLike | undefined
}

const browserEnvironment = (): SessionEnvironment => ({
  locks: globalThis.navigator?.locks as LockManagerLike | undefined,
  createChannel: (name) =>
    typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : undefined,
})

const toSaveStatus = (status: StoredSaveStatus): SaveStatus => {
  if (status.state === 'error') {
    return {
      state: 'error',
      kind: status.error?.kind ?? 'unknown',
      message: status.error?.message ?? '',
    }
  }
  if (status.state === 'saving') return { state: 'saving' }
  return { state: 'saved', savedAt: status.savedAt ?? new Date().toISOString() }
}

const withStory = (document: DocumentState): DocumentState => {
  if (document.activeStoryId && document.stories[document.activeStoryId]) return document
  const story = createStory('', new Date().toISOString())
  return {
    ...document,
    stories: { ...document.stories, [story.id]: story },
    activeStoryId: story.id,
  }
}

/** Every document change is handed to the autosaver; it coalesces and writes within a second. */
const followDocument = (autosaver: Autosaver) =>
  editorStore.subscribe((state, previous) => {
    if (
      state.stories !== previous.stories ||
      state.posts !== previous.posts ||
      state.activeStoryId !== previous.activeStoryId
    ) {
      autosaver.schedule(pick(state, PERSISTED_KEYS))
    }
  })

const startWithoutStorage = (detail: string) => {
  setTabAccess({ mode: 'edit' })
  editorStore.setState({
    ...withStory(selectDocument(editorStore.getState())),
    session: { status: 'ready', problems: [], storageError: { kind: 'unavailable', detail } },
  })
  session = { db: null, autosaver: null, coordinator: null, problems: [], stop: () => undefined }
}

/**
 * Shows what the database holds. The story open in this tab stays open when it still exists,
 * and history restarts: undoing into a state from before the reload would overwrite what the
 * other tab saved since.
 */
const showLoaded = (
  loaded: LoadedWorkspace,
): { baseline: DocumentState; document: DocumentState } => {
  const baseline: DocumentState = snapshotOf(loaded)
  const state = editorStore.getState()
  const openHere = state.activeStoryId
  const wanted =
    openHere && openHere !== baseline.activeStoryId && baseline.stories[openHere]
      ? { ...baseline, activeStoryId: openHere }
      : baseline
  const document = withStory(wanted)
  const editingBlockId =
    state.editingBlockId &&
    document.activeStoryId &&
    document.stories[document.activeStoryId]?.blocks.some((b) => b.id === state.editingBlockId)
      ? state.editingBlockId
      : null
  editorStore.setState({
    ...document,
    history: emptyHistory<DocumentState>(),
    editingBlockId,
    session: {
      status: 'ready',
      problems: loaded.problems.map(({ storyId, kind, message }) => ({ storyId, kind, message })),
      storageError: state.session.status === 'ready' ? state.session.storageError : null,
    },
  })
  return { baseline, document }
}

/** Opens the database, loads every story, and starts autosaving. Never rejects. */
export const startSession = async (
  databaseName: string = DEFAULT_DATABASE_NAME,
  environment: SessionEnvironment = browserEnvironment(),
): Promise<void> => {
  let db: StoryloomDatabase
  /** Stops everything because another tab upgraded or closed the saved data. */
  const stopForUpdate = () => {
    // The last write starts now (before a versionchange closes the connection); the lock
    // goes to the newer tab only once it has committed.
    void current.stopWriting().finally(() => current.coordinator?.dispose())
    setTabAccess({ mode: 'read-only', reason: 'updated' })
    editorStore.setState((state) =>
      state.session.status === 'ready'
        ? { session: { ...state.session, storageError: { kind: 'closed' } } }
        : state,
    )
  }
  try {
    db = await openStoryDatabase(databaseName, {
      onVersionChange: (kind) => {
        if (kind === 'blocking' || kind === 'terminated') stopForUpdate()
      },
    })
  } catch (error) {
    startWithoutStorage(describeOpenError(error).message)
    return
  }

  const current: Session & { stopWriting: () => Promise<void> } = {
    db,
    autosaver: null,
    coordinator: null,
    problems: [],
    stopWriting: async () => undefined,
    stop: () => undefined,
  }
  session = current
  let stopWritingParts = () => undefined as void

  const load = async (writeBack: boolean) => {
    const loaded = await loadWorkspace(db, { writeBack })
    current.problems = loaded.problems
    return showLoaded(loaded)
  }

  /** Reloads from the database, then saves every change from here on. */
  const startWriting = async () => {
    const { baseline, document } = await load(true)
    const autosaver = createAutosaver({
      db,
      baseline,
      onStatus: (status) => {
        editorStore.setState({ saveStatus: toSaveStatus(status) })
        if (status.state === 'saved') current.coordinator?.announceSaved()
      },
    })
    editorStore.setState({
      saveStatus:
        document === baseline
          ? { state: 'saved', savedAt: new Date().toISOString() }
          : { state: 'idle' },
    })
    if (document !== baseline) autosaver.schedule(document)
    const unfollow = followDocument(autosaver)
    const uninstallFlush = installFlushOnHide({
      flush: () => {
        // Typing still debounced in an editor reaches the store first, so this flush includes it.
        flushPendingEdits()
        return autosaver.flush()
      },
    })
    current.autosaver = autosaver
    stopWritingParts = () => {
      unfollow()
      uninstallFlush()
      autosaver.dispose()
    }
    setTabAccess({ mode: 'edit' })
  }

  /**
   * Asked by a tab taking over: writes what is pending and stops, unless the write failed. Then
   * this tab keeps its unsaved work and its role (the save problem is on screen with "Try
   * again" and "Download a copy"), and the other tab is told so.
   */
  const handOver = async () => {
    const autosaver = current.autosaver
    if (!autosaver) return
    flushPendingEdits()
    await autosaver.flush()
    if (autosaver.hasUnsavedChanges())
      throw new Error('The last changes could not be saved; this tab keeps editing.')
    await current.stopWriting()
  }

  /** Writes what is pending, then stops: another tab is taking over. */
  current.stopWriting = async () => {
    const autosaver = current.autosaver
    if (!autosaver) return
    flushPendingEdits()
    await autosaver.flush()
    stopWritingParts()
    stopWritingParts = () => undefined
    if (current.autosaver === autosaver) current.autosaver = null
  }

  const onRole = async (role: TabRole) => {
    try {
      if (role === 'writer') {
        await startWriting()
      } else {
        await current.stopWriting()
        setTabAccess({ mode: 'read-only', reason: 'other-tab' })
        await load(false)
        editorStore.setState({ saveStatus: { state: 'idle' } })
      }
    } catch (error) {
      if (editorStore.getState().session.status === 'ready') {
        console.error('Storyloom: reloading the saved stories failed.', error)
        return
      }
      db.close()
      startWithoutStorage(describeOpenError(error).message)
    }
  }

  const channel = environment.createChannel?.(`storyloom:${databaseName}`)
  let reloading: Promise<unknown> = Promise.resolve()
  current.coordinator = await startTabCoordinator({
    name: `storyloom-writer:${databaseName}`,
    schemaVersion: SCHEMA_VERSION,
    locks: environment.locks,
    channel,
    onRole,
    stopWriting: handOver,
    // One reload at a time, in order: the last one shows the latest save.
    onRemoteSave: () => {
      reloading = reloading.then(() => load(false)).catch(() => undefined)
    },
    onNewerVersion: stopForUpdate,
  })
  if (session !== current) {
    // The database could not be read: the tab started without storage, so it holds no role.
    current.coordinator.dispose()
    channel?.close()
    return
  }

  current.stop = () => {
    current.coordinator?.dispose()
    channel?.close()
    stopWritingParts()
    db.close()
  }
  void requestPersistentStorage()
}

/** Makes this tab the writer: the other tab saves what it has and becomes read-only. */
export const editHere = async () => {
  const coordinator = session?.coordinator
  if (!coordinator) return
  useTabAccessStore.setState({ takingOver: true, handoverRefused: false })
  try {
    const answer = await coordinator.takeOver()
    useTabAccessStore.setState({ handoverRefused: answer === 'refused' })
  } finally {
    useTabAccessStore.setState({ takingOver: false })
  }
}

/** Writes pending changes now (a retry after a failed save, or before a test reloads). */
export const flushSave = async () => {
  flushPendingEdits()
  await session?.autosaver?.flush()
}

/** Stops saving and closes the database; the in-memory document stays. For tests and teardown. */
export const stopSession = async () => {
  await flushSave()
  session?.stop()
  session = null
}

/** Everything the database holds, including records that failed to load, for the user to keep. */
export const readRawData = async (): Promise<unknown> => {
  if (!session?.db) return { stories: Object.values(editorStore.getState().stories) }
  return exportRawDatabase(session.db)
}

/** After the user chose to start fresh, the damaged record is deleted for good. */
export const discardProblem = async (storyId: string) => {
  if (refuseWhenReadOnly()) return
  if (session?.db) await discardStoredStory(session.db, storyId)
  if (session) session.problems = session.problems.filter((problem) => problem.storyId !== storyId)
  editorStore.setState((state) =>
    state.session.status === 'ready'
      ? {
          session: {
            ...state.session,
            problems: state.session.problems.filter((problem) => problem.storyId !== storyId),
          },
        }
      : state,
  )
}

export const dismissProblems = () =>
  editorStore.setState((state) =>
    state.session.status === 'ready' ? { session: { ...state.session, problems: [] } } : state,
  )

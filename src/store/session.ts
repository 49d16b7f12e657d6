import { createStory } from '../domain/storyOps'
import type { DocumentState, SaveStatus } from './editorData'
import { editorStore, selectDocument } from './editorStore'
import { flushPendingEdits } from './pendingEdits'
import { PERSISTED_KEYS, pick } from './storageConfig'
import {
  createAutosaver,
  describeOpenError,
  discardStoredStory,
  exportRawDatabase,
  installFlushOnHide,
  loadWorkspace,
  openStoryDatabase,
  requestPersistentStorage,
  snapshotOf,
  type Autosaver,
  type SaveStatus as StoredSaveStatus,
  type StoredProblem,
  type StoryloomDatabase,
} from './persistence'

/** The live connection between the store and IndexedDB; one per tab. */
interface Session {
  db: StoryloomDatabase | null
  autosaver: Autosaver | null
  problems: StoredProblem[]
  stop: () => void
}

let session: Session | null = null

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
  editorStore.setState({
    ...withStory(selectDocument(editorStore.getState())),
    session: { status: 'ready', problems: [], storageError: { kind: 'unavailable', detail } },
  })
  session = { db: null, autosaver: null, problems: [], stop: () => undefined }
}

/** Opens the database, loads every story, and starts autosaving. Never rejects. */
export const startSession = async (databaseName?: string): Promise<void> => {
  let db: StoryloomDatabase
  try {
    db = await openStoryDatabase(databaseName, {
      onVersionChange: (kind) => {
        if (kind === 'blocking' || kind === 'terminated') {
          void session?.autosaver?.flush()
          editorStore.setState((state) =>
            state.session.status === 'ready'
              ? { session: { ...state.session, storageError: { kind: 'closed' } } }
              : state,
          )
        }
      },
    })
  } catch (error) {
    startWithoutStorage(describeOpenError(error).message)
    return
  }
  let loaded
  try {
    loaded = await loadWorkspace(db)
  } catch (error) {
    db.close()
    startWithoutStorage(describeOpenError(error).message)
    return
  }
  const baseline: DocumentState = snapshotOf(loaded)
  const document = withStory(baseline)
  editorStore.setState({
    ...document,
    session: {
      status: 'ready',
      problems: loaded.problems.map(({ storyId, kind, message }) => ({ storyId, kind, message })),
      storageError: null,
    },
    saveStatus:
      document === baseline
        ? { state: 'saved', savedAt: new Date().toISOString() }
        : { state: 'idle' },
  })
  const autosaver = createAutosaver({
    db,
    baseline,
    onStatus: (status) => editorStore.setState({ saveStatus: toSaveStatus(status) }),
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
  session = {
    db,
    autosaver,
    problems: loaded.problems,
    stop: () => {
      unfollow()
      uninstallFlush()
      autosaver.dispose()
      db.close()
    },
  }
  void requestPersistentStorage()
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

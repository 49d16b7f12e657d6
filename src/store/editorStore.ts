import { create } from 'zustand'
import type { DocumentState, EditorData } from './editorData'
import { emptyHistory, recordChange, type RecordOptions } from './history'
import { pick, UNDOABLE_KEYS } from './storageConfig'
import { refuseWhenReadOnly } from './tabAccess'

export const initialEditorData = (): EditorData => ({
  stories: {},
  posts: {},
  activeStoryId: null,
  history: emptyHistory<DocumentState>(),
  session: { status: 'loading' },
  saveStatus: { state: 'idle' },
  preview: false,
  editingBlockId: null,
  libraryQuery: '',
  toast: null,
})

/** The one store. Actions live in `actions/` as plain functions (zustand's "no store actions"). */
export const useEditorStore = create<EditorData>()(() => initialEditorData())

export const editorStore = useEditorStore

export const selectDocument = (state: EditorData): DocumentState => pick(state, UNDOABLE_KEYS)

/**
 * Applies one user intent to the document as one undo step (or as part of a typing burst).
 * `change` returns the same document when nothing changed, and then no step is recorded.
 */
export const commitDocument = (
  change: (document: DocumentState) => DocumentState,
  options: Omit<RecordOptions, 'now'> = {},
): boolean => {
  // A read-only tab (another tab writes) changes nothing, rather than showing unsaved edits.
  if (refuseWhenReadOnly()) return false
  const state = editorStore.getState()
  const current = selectDocument(state)
  const next = change(current)
  if (
    next === current ||
    (next.stories === current.stories &&
      next.posts === current.posts &&
      next.activeStoryId === current.activeStoryId)
  ) {
    return false
  }
  editorStore.setState({
    ...next,
    history: recordChange(state.history, current, { ...options, now: Date.now() }),
  })
  return true
}

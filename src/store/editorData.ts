import type { BlockId } from '../domain/block'
import type { History } from './history'
import type { StoredProblem, WorkspaceSnapshot } from './persistence'

/** The part of the state that undo restores and IndexedDB keeps: what the autosaver writes. */
export type DocumentState = WorkspaceSnapshot

/** A stored record that failed to load, without its raw value (the session keeps that). */
export type StoredProblemSummary = Omit<StoredProblem, 'raw'>

export type SessionState =
  | { status: 'loading' }
  | { status: 'ready'; problems: StoredProblemSummary[]; storageError: StorageError | null }

/** Saving is impossible: the browser refused IndexedDB, or another tab upgraded or closed it. */
export type StorageError = { kind: 'unavailable'; detail: string } | { kind: 'closed' }

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; savedAt: string }
  | { state: 'error'; kind: 'quota' | 'unknown'; message: string }

/** Toasts name what happened; the UI words it in the user's language. */
export type ToastKind = 'blockRemoved' | 'storyDeleted' | 'storyDuplicated'

export type Toast = { id: number; kind: ToastKind; undoable: boolean }

export interface EditorData extends DocumentState {
  history: History<DocumentState>
  session: SessionState
  saveStatus: SaveStatus
  preview: boolean
  editingBlockId: BlockId | null
  libraryQuery: string
  toast: Toast | null
}

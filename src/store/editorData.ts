import type { BlockId } from '../domain/block'
import type { Post, PostId } from '../domain/post'
import type { Story, StoryId } from '../domain/story'
import type { History } from './history'

/** The part of the state that undo restores and IndexedDB keeps. */
export interface DocumentState {
  stories: Readonly<Record<StoryId, Story>>
  posts: Readonly<Record<PostId, Post>>
  activeStoryId: StoryId | null
}

export interface StoredProblemSummary {
  storyId: string
  kind: 'corrupt' | 'newer'
  message: string
}

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

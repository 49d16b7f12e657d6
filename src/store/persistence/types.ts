import type { Post, PostId } from '../../domain/post'
import type { Story, StoryId } from '../../domain/story'

/** What the store hands to the autosaver. Immutable: a changed story or post is a new object. */
export interface WorkspaceSnapshot {
  stories: Readonly<Record<StoryId, Story>>
  /** Snapshots shared by stories; every post a story's blocks reference must be here. */
  posts: Readonly<Record<PostId, Post>>
  activeStoryId: StoryId | null
}

/**
 * A stored record that could not be loaded. It stays untouched in the database until the
 * user downloads it (`exportRawDatabase`) or chooses to start fresh (`discardStoredStory`).
 */
export interface StoredProblem {
  /** The record's key, which is the id of the story it should hold. */
  storyId: string
  kind: 'corrupt' | 'newer'
  message: string
  raw: unknown
}

export type SaveErrorKind = 'quota' | 'unknown'

export interface SaveError {
  /** The UI translates by kind; `message` is the English fallback and detail. */
  kind: SaveErrorKind
  message: string
  /** The original error, for the console and bug reports. */
  cause?: unknown
}

export interface LoadedWorkspace {
  /** Sorted by `updatedAt`, most recent first. */
  stories: Story[]
  posts: Record<PostId, Post>
  /** The stored one when it names a loaded story, else the first story's id, else null. */
  activeStoryId: StoryId | null
  problems: StoredProblem[]
  /**
   * Set when rewriting upgraded records at the current version failed. The load itself is
   * fine (the records stay at their old version and are upgraded again next time), but the
   * failure is reported rather than hidden.
   */
  writeBackError?: SaveError
}

export interface SaveStatus {
  state: 'saved' | 'saving' | 'error'
  /** ISO 8601 time of the last successful write, when there was one. Also set on errors. */
  savedAt?: string
  error?: SaveError
}

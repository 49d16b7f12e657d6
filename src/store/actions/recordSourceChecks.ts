import type { Post, PostId, SourceCheck } from '../../domain/post'
import type { DocumentState } from '../editorData'
import { editorStore } from '../editorStore'
import type { History } from '../history'

const withChecks = (
  posts: Readonly<Record<PostId, Post>>,
  checks: ReadonlyMap<PostId, SourceCheck>,
): Readonly<Record<PostId, Post>> => {
  let next: Record<PostId, Post> | undefined
  for (const [id, sourceCheck] of checks) {
    if (!Object.hasOwn(posts, id)) continue
    next ??= { ...posts }
    next[id] = { ...posts[id]!, sourceCheck }
  }
  return next ?? posts
}

const patchHistory = (
  history: History<DocumentState>,
  checks: ReadonlyMap<PostId, SourceCheck>,
): History<DocumentState> => {
  const patch = (document: DocumentState) => {
    const posts = withChecks(document.posts, checks)
    return posts === document.posts ? document : { ...document, posts }
  }
  return { ...history, past: history.past.map(patch), future: history.future.map(patch) }
}

/**
 * Writes what "Check sources" found on each post (`post.sourceCheck`), leaving the snapshot
 * itself as it was. Not an undo step: it records a fact about the world, not an edit by the
 * curator, so Ctrl+Z must neither erase it nor be spent on it. The same result is written into
 * every undo and redo step too, or undoing an earlier edit would bring back stale statuses.
 */
export const recordSourceChecks = (checks: ReadonlyMap<PostId, SourceCheck>): void => {
  if (checks.size === 0) return
  const state = editorStore.getState()
  const posts = withChecks(state.posts, checks)
  if (posts === state.posts) return
  editorStore.setState({ posts, history: patchHistory(state.history, checks) })
}

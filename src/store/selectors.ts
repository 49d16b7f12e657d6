import type { Story } from '../domain/story'
import type { EditorData } from './editorData'

export const selectActiveStory = (state: EditorData): Story | undefined =>
  state.activeStoryId ? state.stories[state.activeStoryId] : undefined

const EMPTY_SET: ReadonlySet<string> = new Set()
let lastBlocks: Story['blocks'] | undefined
let lastPostIds: ReadonlySet<string> = EMPTY_SET

/** Memoised on the block array, so components re-render only when the story's blocks change. */
export const selectActivePostIds = (state: EditorData): ReadonlySet<string> => {
  const blocks = selectActiveStory(state)?.blocks
  if (blocks === lastBlocks) return lastPostIds
  lastBlocks = blocks
  lastPostIds = blocks
    ? new Set(blocks.flatMap((block) => (block.type === 'post' ? [block.postId] : [])))
    : EMPTY_SET
  return lastPostIds
}

export const selectCanUndo = (state: EditorData) => state.history.past.length > 0
export const selectCanRedo = (state: EditorData) => state.history.future.length > 0

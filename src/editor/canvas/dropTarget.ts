import type { Active, DragEndEvent, Over } from '@dnd-kit/core'
import { indexOfBlock } from '../../domain/storyOps'
import { editorStore } from '../../store/editorStore'
import { selectActiveStory } from '../../store/selectors'
import { STORY_DROPZONE_ID, type DragData } from './dragData'
import { insertionIndexOver } from './dropIndex'
import { hitTestDropIndex } from './hitTestDropIndex'

export const blockCount = () => selectActiveStory(editorStore.getState())?.blocks.length ?? 0

/** Where the dragged item would land, as an index into the story, or null when outside it. */
export const targetIndex = (
  data: DragData,
  event: { active: Active; over: Over | null },
  pointerY?: number | null,
): number | null => {
  const { over, active } = event
  if (!over) return null
  const story = selectActiveStory(editorStore.getState())
  if (!story) return null
  if (over.id === STORY_DROPZONE_ID) return story.blocks.length
  const overIndex = indexOfBlock(story, String(over.id))
  if (overIndex === -1) return null
  return data.kind === 'library-post'
    ? insertionIndexOver(active, over, overIndex, pointerY)
    : overIndex
}

/**
 * A pointer drop lands where the pointer is when it is released; a keyboard drop where dnd-kit's
 * last move put it (keys are discrete, so that is never behind).
 */
export const dropIndexOf = (
  data: DragData,
  event: DragEndEvent,
  pointer: { x: number; y: number } | null,
) => {
  const story = selectActiveStory(editorStore.getState())
  if (pointer && story && event.activatorEvent instanceof PointerEvent) {
    return hitTestDropIndex(
      pointer.x,
      pointer.y,
      data.kind === 'block' ? data.blockId : null,
      story,
    )
  }
  return targetIndex(data, event)
}

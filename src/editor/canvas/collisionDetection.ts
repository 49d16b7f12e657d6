import { closestCenter, pointerWithin, type CollisionDetection } from '@dnd-kit/core'
import { readDragData, STORY_DROPZONE_ID } from './dragData'

const withoutDropzone: CollisionDetection = (args) =>
  closestCenter({
    ...args,
    droppableContainers: args.droppableContainers.filter(
      (container) => container.id !== STORY_DROPZONE_ID,
    ),
  })

/**
 * Blocks sort by closest centre. A library post must be over the story to land in it (a pointer
 * over the library drops nothing), and then goes to the closest block, or to the empty story.
 */
export const storyCollisionDetection: CollisionDetection = (args) => {
  const data = readDragData(args.active.data.current)
  if (data?.kind !== 'library-post') return withoutDropzone(args)
  if (!args.pointerCoordinates) return closestCenter(args)
  const within = pointerWithin(args)
  if (!within.some((collision) => collision.id === STORY_DROPZONE_ID)) return []
  const closestBlock = withoutDropzone(args)
  return closestBlock.length > 0 ? closestBlock : within
}

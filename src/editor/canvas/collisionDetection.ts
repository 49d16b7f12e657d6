import { closestCenter, pointerWithin, type CollisionDetection } from '@dnd-kit/core'
import { readDragData, STORY_DROPZONE_ID } from './dragData'

const blocksOnly: (args: Parameters<CollisionDetection>[0]) => Parameters<CollisionDetection>[0] = (
  args,
) => ({
  ...args,
  droppableContainers: args.droppableContainers.filter(
    (container) => container.id !== STORY_DROPZONE_ID,
  ),
})

/** The block under the pointer; in a gap between blocks, the one whose centre is nearest it. */
const nearestBlockToPointer: CollisionDetection = (args) => {
  const pointer = args.pointerCoordinates
  if (!pointer) return closestCenter(blocksOnly(args))
  const under = pointerWithin(blocksOnly(args))
  if (under.length > 0) return under
  const point = {
    ...pointer,
    width: 0,
    height: 0,
    top: pointer.y,
    left: pointer.x,
    bottom: pointer.y,
    right: pointer.x,
  }
  return closestCenter({ ...blocksOnly(args), collisionRect: point })
}

/**
 * The pointer decides, as it does at the drop (hitTestDropIndex), so the preview shows where the
 * item will land wherever on the card it was picked up. A library post must be over the story to
 * land in it: a pointer over the library drops nothing. Keyboard drags have no pointer and sort
 * by the moved card's centre.
 */
export const storyCollisionDetection: CollisionDetection = (args) => {
  const data = readDragData(args.active.data.current)
  if (data?.kind !== 'library-post') return nearestBlockToPointer(args)
  if (!args.pointerCoordinates) return closestCenter(args)
  const within = pointerWithin(args)
  if (!within.some((collision) => collision.id === STORY_DROPZONE_ID)) return []
  const nearest = nearestBlockToPointer(args)
  return nearest.length > 0 ? nearest : within
}

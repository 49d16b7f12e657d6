import type { Story } from '../../domain/story'
import type { DragData } from './dragData'

/**
 * Where a pointer drop lands, found from what is under the pointer. dnd-kit computes its `over`
 * on the move before the drop; when the pointer jumped in one move (a fast flick, a synthetic
 * drag), that is stale, and the page itself knows better.
 */
export const hitTestDropIndex = (
  x: number,
  y: number,
  data: DragData,
  story: Story,
): number | null => {
  const activeBlockId = data.kind === 'block' ? data.blockId : null
  const stack = document.elementsFromPoint(x, y)
  const row = stack
    .map((element) => element.closest<HTMLElement>('[data-block-id]'))
    .find((element) => element !== null)
  if (row && row.dataset.blockId === activeBlockId) {
    return story.blocks.findIndex((block) => block.id === activeBlockId)
  }
  if (row) {
    const index = story.blocks.findIndex((block) => block.id === row.dataset.blockId)
    if (index === -1) return null
    // A block takes the place of the one it is dropped on, as in a sortable drag;
    // a new post goes before or after it, by the half of the block under the pointer.
    if (data.kind === 'block') return index
    const rect = row.getBoundingClientRect()
    return y > rect.top + rect.height / 2 ? index + 1 : index
  }
  const overStory = stack.some((element) => element.closest('[data-testid="story-scroll"]'))
  if (!overStory) return null
  return data.kind === 'library-post' ? story.blocks.length : Math.max(0, story.blocks.length - 1)
}

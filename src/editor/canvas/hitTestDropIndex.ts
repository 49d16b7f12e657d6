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
  const from = activeBlockId ? story.blocks.findIndex((block) => block.id === activeBlockId) : -1
  if (row && row.dataset.blockId === activeBlockId) return from
  if (row) {
    const index = story.blocks.findIndex((block) => block.id === row.dataset.blockId)
    if (index === -1) return null
    const rect = row.getBoundingClientRect()
    const after = y > rect.top + rect.height / 2
    if (data.kind === 'library-post') return after ? index + 1 : index
    // Moving down shifts every block above the target up by one.
    if (from < index) return after ? index : index - 1
    return after ? index + 1 : index
  }
  const overStory = stack.some((element) => element.closest('[data-testid="story-scroll"]'))
  if (!overStory) return null
  return data.kind === 'library-post' ? story.blocks.length : Math.max(0, story.blocks.length - 1)
}

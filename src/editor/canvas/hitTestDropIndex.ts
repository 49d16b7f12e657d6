import type { BlockId } from '../../domain/block'
import type { Story } from '../../domain/story'

/**
 * Where a pointer drop lands, read from the page at the moment of the drop: the row under the
 * pointer in the list's own layout (rows shifted by the drag preview are measured where they
 * stand, not where they are drawn). dnd-kit's `over` comes from the last rendered move, which a
 * busy machine or a one-jump drag leaves behind the pointer.
 */
export const hitTestDropIndex = (
  x: number,
  y: number,
  /** The block being moved, or null for something new (a library post, a dropped link). */
  movingBlockId: BlockId | null,
  story: Story,
): number | null => {
  const scroller = document.querySelector<HTMLElement>('[data-testid="story-scroll"]')
  const list = scroller?.querySelector<HTMLElement>('[role="list"]')
  if (!scroller || !list) return null
  const area = scroller.getBoundingClientRect()
  const inside = x >= area.left && x <= area.right && y >= area.top && y <= area.bottom
  const moving = movingBlockId !== null
  const from = moving ? story.blocks.findIndex((block) => block.id === movingBlockId) : -1
  if (!inside) return moving ? from : null

  const listTop = list.getBoundingClientRect().top
  const rows = Array.from(list.querySelectorAll<HTMLElement>(':scope > [data-block-id]'))
    .map((row) => ({
      index: story.blocks.findIndex((block) => block.id === row.dataset.blockId),
      top: listTop + row.offsetTop,
      bottom: listTop + row.offsetTop + row.offsetHeight,
    }))
    .filter((row) => row.index !== -1)
    .sort((a, b) => a.top - b.top)
  if (rows.length === 0) return moving ? from : story.blocks.length

  // The row under the pointer, or, in a gap or past either end, the nearest one.
  const distance = (row: (typeof rows)[number]) =>
    y < row.top ? row.top - y : y > row.bottom ? y - row.bottom : 0
  const row = rows.reduce((best, candidate) =>
    distance(candidate) < distance(best) ? candidate : best,
  )
  // A block takes the place of the one it is dropped on, as in a sortable drag;
  // a new post goes before or after it, by the half under the pointer.
  if (moving) return row.index
  return y > (row.top + row.bottom) / 2 ? row.index + 1 : row.index
}

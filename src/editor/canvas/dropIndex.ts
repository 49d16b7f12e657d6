import type { Active, Over } from '@dnd-kit/core'

/** Where a post dropped over a block lands: before it, or after it when past its middle. */
export const insertionIndexOver = (active: Active, over: Over, overIndex: number): number => {
  const dragged = active.rect.current.translated
  if (!dragged) return overIndex
  const draggedMiddle = dragged.top + dragged.height / 2
  const overMiddle = over.rect.top + over.rect.height / 2
  return draggedMiddle > overMiddle ? overIndex + 1 : overIndex
}

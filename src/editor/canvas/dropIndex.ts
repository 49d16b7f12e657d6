import type { Active, Over } from '@dnd-kit/core'

/**
 * Where a post dropped over a block lands: before it, or after it when past its middle. The
 * pointer decides when there is one (the card may be held by any corner); else the card's middle.
 */
export const insertionIndexOver = (
  active: Active,
  over: Over,
  overIndex: number,
  pointerY?: number | null,
): number => {
  const dragged = active.rect.current.translated
  const probe = pointerY ?? (dragged ? dragged.top + dragged.height / 2 : null)
  if (probe === null) return overIndex
  const overMiddle = over.rect.top + over.rect.height / 2
  return probe > overMiddle ? overIndex + 1 : overIndex
}

import type { KeyboardCoordinateGetter } from '@dnd-kit/core'
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable'

/** Where a library post dragged with the keyboard would land; null during other drags. */
export const keyboardInsertion: { current: number | null } = { current: null }

/**
 * Keyboard moves for both kinds of drag. Blocks sort with dnd-kit's own getter. A library post is
 * not in the sortable list, so geometry cannot guide it: ↑/↓ step `keyboardInsertion` through the
 * story instead, and the preview is moved beside that place.
 */
export const createStoryKeyboardCoordinates =
  (blockCount: () => number): KeyboardCoordinateGetter =>
  (event, args) => {
    const insertion = keyboardInsertion
    if (!String(args.active).startsWith('library:')) return sortableKeyboardCoordinates(event, args)
    const total = blockCount()
    const current = insertion.current ?? total
    const step = event.code === 'ArrowDown' ? 1 : event.code === 'ArrowUp' ? -1 : 0
    if (step === 0) return undefined
    event.preventDefault()
    const next = Math.max(0, Math.min(total, current + step))
    insertion.current = next
    const row = document.querySelector<HTMLElement>(
      `[data-block-id][data-index="${Math.min(next, total - 1)}"]`,
    )
    if (!row) return { ...args.currentCoordinates, y: args.currentCoordinates.y + step }
    row.scrollIntoView({ block: 'nearest' })
    const rect = row.getBoundingClientRect()
    return { x: rect.left + 24, y: next >= total ? rect.bottom : rect.top - 12 }
  }

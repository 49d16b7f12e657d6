/**
 * A row that moves is re-inserted into the DOM, which drops keyboard focus. The control that
 * caused the move asks to be focused again once its row has rendered at the new place.
 */
let pending: { blockId: string; control: string } | null = null

export const requestFocusAfterRender = (blockId: string, control: string) => {
  pending = { blockId, control }
}

export const takePendingFocus = (blockId: string): string | null => {
  if (pending?.blockId !== blockId) return null
  const { control } = pending
  pending = null
  return control
}

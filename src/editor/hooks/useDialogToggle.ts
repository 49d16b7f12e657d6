import { useCallback, useRef, useState } from 'react'
import type { RefObject } from 'react'

export interface DialogToggle {
  open: boolean
  show: () => void
  /** Closes the dialog and gives focus back to the button that opened it. */
  close: () => void
  buttonRef: RefObject<HTMLButtonElement | null>
}

/**
 * State for a header button that opens a dialog. The dialog unmounts on close, so nothing
 * returns focus to the button by itself: `close` does it by hand.
 */
export const useDialogToggle = (): DialogToggle => {
  const [open, setOpen] = useState(false)
  const buttonRef = useRef<HTMLButtonElement | null>(null)
  const show = useCallback(() => setOpen(true), [])
  const close = useCallback(() => {
    setOpen(false)
    buttonRef.current?.focus()
  }, [])
  return { open, show, close, buttonRef }
}

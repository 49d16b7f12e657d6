import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { useDialogToggle } from './useDialogToggle'

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(cleanup)

const Harness = () => {
  const { open, show, close, buttonRef } = useDialogToggle()
  return (
    <>
      <button ref={buttonRef} type="button" onClick={show}>
        Open
      </button>
      {open && (
        <div role="dialog" aria-label="Panel">
          <button type="button" onClick={close}>
            Close
          </button>
        </div>
      )}
    </>
  )
}

describe('useDialogToggle', () => {
  it('starts closed, opens on show, and closes giving focus back to the button', async () => {
    const user = userEvent.setup()
    render(<Harness />)
    expect(screen.queryByRole('dialog')).toBeNull()

    await user.click(screen.getByRole('button', { name: 'Open' }))
    const closeButton = screen.getByRole('button', { name: 'Close' })
    expect(screen.getByRole('dialog', { name: 'Panel' })).toBeTruthy()

    await user.click(closeButton)
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Open' }))
  })
})

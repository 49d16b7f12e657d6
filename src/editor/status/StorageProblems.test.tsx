import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { i18next, initI18n } from '../../i18n/i18n'
import type * as SessionModule from '../../store/session'
import { editorStore, initialEditorData } from '../../store/editorStore'
import { refuseWhenReadOnly, setTabAccess, useTabAccessStore } from '../../store/tabAccess'
import { SaveStatusIndicator } from './SaveStatusIndicator'
import { StorageProblems } from './StorageProblems'

const editHere = vi.hoisted(() => vi.fn(() => Promise.resolve()))
vi.mock('../../store/session', async (original) => ({
  ...(await original<typeof SessionModule>()),
  editHere,
}))

beforeAll(async () => {
  await initI18n()
  await i18next.changeLanguage('en')
})

afterEach(() => {
  editorStore.setState(initialEditorData(), true)
  useTabAccessStore.setState({ access: { mode: 'edit' }, refusedEdits: 0, takingOver: false })
})

const ready = (storageError: { kind: 'closed' } | null = null) =>
  editorStore.setState({ session: { status: 'ready', problems: [], storageError } })

describe('the read-only tab banner', () => {
  it('says another tab is editing, and offers to edit here', async () => {
    ready()
    setTabAccess({ mode: 'read-only', reason: 'other-tab' })
    render(<StorageProblems />)
    const banner = screen.getByRole('status')
    expect(banner.textContent).toContain(
      'This story is open in another tab; this tab is read-only.',
    )
    await userEvent.click(screen.getByRole('button', { name: 'Edit here instead' }))
    expect(editHere).toHaveBeenCalledTimes(1)
  })

  it('tells the user when an edit was refused', () => {
    ready()
    setTabAccess({ mode: 'read-only', reason: 'other-tab' })
    expect(refuseWhenReadOnly()).toBe(true)
    render(<StorageProblems />)
    expect(screen.getByRole('status').textContent).toContain('Your change was not made here')
  })

  it('is absent in the writing tab', () => {
    ready()
    render(<StorageProblems />)
    expect(screen.queryByRole('status')).toBeNull()
    expect(refuseWhenReadOnly()).toBe(false)
  })
})

describe('a newer Storyloom took over the saved data', () => {
  it('prompts a reload, and the save status says read-only', async () => {
    ready({ kind: 'closed' })
    setTabAccess({ mode: 'read-only', reason: 'updated' })
    const reload = vi.fn()
    vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, reload })
    render(
      <>
        <StorageProblems />
        <SaveStatusIndicator />
      </>,
    )
    expect(screen.getByRole('alert').textContent).toContain('Storyloom was updated in another tab')
    expect(screen.queryByRole('button', { name: 'Edit here instead' })).toBeNull()
    expect(screen.getByText('Read-only').closest('p')?.dataset.state).toBe('read-only')
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }))
    expect(reload).toHaveBeenCalledTimes(1)
  })
})

import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { initI18n, i18next } from '../../i18n/i18n'
import { EditorLoadBoundary } from './EditorLoadBoundary'

describe('EditorLoadBoundary', () => {
  beforeAll(async () => {
    await initI18n()
    await i18next.changeLanguage('en')
  })

  it('shows an alert with a retry when the editor cannot load, and retries', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    let broken = true
    const Editor = () => {
      if (broken) throw new Error('Failed to fetch dynamically imported module')
      return <p>editor ready</p>
    }
    const onRetry = vi.fn(() => {
      broken = false
    })
    render(
      <EditorLoadBoundary onRetry={onRetry}>
        <Editor />
      </EditorLoadBoundary>,
    )
    expect(screen.getByRole('alert').textContent).toContain('could not be loaded')
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(onRetry).toHaveBeenCalledOnce()
    expect(screen.getByText('editor ready')).toBeTruthy()
  })
})

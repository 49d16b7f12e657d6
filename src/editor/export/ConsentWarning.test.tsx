import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { testPost } from '../../domain/integrity/testPost'
import { i18next, initI18n } from '../../i18n/i18n'
import { editorStore } from '../../store/editorStore'
import { resetEditorStore } from '../../test/resetEditorStore'
import { ExportDialog } from './ExportDialog'
import { saveExportPreferences, loadExportPreferences } from './exportPreferences'

const downloads = vi.hoisted(() => [] as { fileName: string; content: Blob }[])
vi.mock('../../lib/downloadBlob', () => ({
  downloadBlob: (fileName: string, content: Blob) => downloads.push({ fileName, content }),
}))

beforeAll(async () => {
  await initI18n()
  await i18next.changeLanguage('en')
})

const open = testPost('open', { text: 'Anyone may quote me' })
const closed = testPost('closed', {
  text: 'Please do not quote me',
  author: { name: 'Bob', handle: '@bob@piaille.fr' },
  reusePolicy: { quote: 'nobody' },
})

beforeEach(() => {
  downloads.length = 0
  localStorage.clear()
  saveExportPreferences({ ...loadExportPreferences(), format: 'markdown' })
  const storyId = resetEditorStore()
  editorStore.setState((state) => ({
    posts: { open, closed },
    stories: {
      [storyId]: {
        ...state.stories[storyId]!,
        blocks: [
          { id: 'a', type: 'post', postId: 'open' },
          { id: 'b', type: 'post', postId: 'closed' },
        ],
      },
    },
  }))
})

const exported = async () => {
  await waitFor(() => expect(downloads).toHaveLength(1))
  return downloads[0]!.content.text()
}

describe('ConsentWarning in the export dialog', () => {
  it('names the author and the restriction, and does not block Download', async () => {
    const user = userEvent.setup()
    render(<ExportDialog open onClose={() => {}} />)
    const region = screen.getByRole('region', { name: 'Some authors restrict quoting' })
    expect(within(region).getByRole('listitem').textContent).toBe(
      'Bob (@bob@piaille.fr): nobody may quote',
    )
    const leaveOut = within(region).getByRole('checkbox', {
      name: 'Leave out posts whose authors restrict quoting',
    })
    expect(leaveOut).toHaveProperty('checked', false)
    await user.click(screen.getByRole('button', { name: 'Download' }))
    const markdown = await exported()
    expect(markdown).toContain('Please do not quote me')
    expect(markdown).toContain('Anyone may quote me')
    // After a download, the curator may notify the authors.
    expect(await screen.findByRole('button', { name: 'Notify authors' })).toBeTruthy()
  })

  it('leaves the restricted posts out when asked', async () => {
    const user = userEvent.setup()
    render(<ExportDialog open onClose={() => {}} />)
    await user.click(
      screen.getByRole('checkbox', { name: 'Leave out posts whose authors restrict quoting' }),
    )
    expect(screen.getByRole('status').textContent).toBe('Posts left out of this export: 1')
    await user.click(screen.getByRole('button', { name: 'Download' }))
    const markdown = await exported()
    expect(markdown).not.toContain('Please do not quote me')
    expect(markdown).toContain('Anyone may quote me')
  })

  it('is absent when no author restricts quoting', () => {
    editorStore.setState({ posts: { open, closed: { ...closed, reusePolicy: undefined } } })
    render(<ExportDialog open onClose={() => {}} />)
    expect(screen.queryByRole('region', { name: 'Some authors restrict quoting' })).toBeNull()
  })
})

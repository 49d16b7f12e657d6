import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { i18next, initI18n } from '../../../i18n/i18n'
import type { ArchiveFailureReason } from '../../../importers/types'
import { setLibraryQuery } from '../../../store/actions/uiActions'
import type { ArchiveStore } from '../../../store/archive/archiveStore'
import { editorStore } from '../../../store/editorStore'
import { selectActiveStory } from '../../../store/selectors'
import { sourceSettings } from '../../../store/sourceSettingsStore'
import { resetEditorStore } from '../../../test/resetEditorStore'
import { LibraryPanel } from '../LibraryPanel'
import { ArchiveServicesContext } from './archiveServices'
import {
  archiveFile,
  archivePost,
  fakeImport,
  freshArchiveStore,
  layOutArchiveList,
  servicesWith,
  type FakeImport,
} from './testArchiveImport'

beforeAll(async () => {
  await initI18n()
})

let store: ArchiveStore
let fake: FakeImport

beforeEach(async () => {
  await i18next.changeLanguage('en')
  localStorage.clear()
  resetEditorStore()
  setLibraryQuery('')
  sourceSettings.setState({ librarySource: 'sample', servers: {}, credentials: {} })
  store = freshArchiveStore()
  fake = fakeImport()
  layOutArchiveList()
})

afterEach(async () => {
  await store.close()
})

const renderPanel = () =>
  render(
    <ArchiveServicesContext value={servicesWith(store, fake)}>
      <LibraryPanel />
    </ArchiveServicesContext>,
  )

const library = () => screen.getByRole('region', { name: 'Library' })
const chooseFile = async (file: File) => {
  const user = userEvent.setup()
  await user.click(within(library()).getByRole('button', { name: 'Import archive' }))
  await user.upload(screen.getByLabelText('Choose an archive file'), file)
  return user
}
const storyBlocks = () => selectActiveStory(editorStore.getState())?.blocks ?? []

describe('importing an archive in the library', () => {
  it('shows progress, stores batches, announces the count and switches to Archives', async () => {
    renderPanel()
    expect(within(library()).getByRole('combobox', { name: 'Source' })).toHaveProperty(
      'value',
      'sample',
    )
    const user = await chooseFile(archiveFile())
    expect(fake.files[0]?.name).toBe('tweets.js')

    act(() =>
      fake.emit({
        type: 'progress',
        progress: { phase: 'parsing', processedBytes: 1_500_000, totalBytes: 3_000_000, posts: 1 },
      }),
    )
    const bar = screen.getByRole('progressbar', { name: 'Import progress' })
    expect(bar.getAttribute('value')).toBe('1500000')
    expect(bar.getAttribute('max')).toBe('3000000')
    expect(library().textContent).toContain('1.5 MB of 3 MB · 1 posts found')

    act(() =>
      fake.emit({
        type: 'batch',
        batch: {
          posts: [
            archivePost('1', {
              text: 'Une journée à Montréal',
              html: '<p>Une journée à Montréal</p>',
              createdAt: '2024-01-01T10:00:00Z',
            }),
            archivePost('2', { text: 'Shipping a web component' }),
          ],
          media: [],
        },
      }),
    )
    act(() => fake.emit({ type: 'done', kind: 'twitter', posts: 2, media: 0 }))

    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('2 posts imported from your X archive.'),
    )
    // The bar stays, full, beside the outcome, and there is nothing left to cancel.
    const fullBar = screen.getByRole('progressbar', { name: 'Import progress' })
    expect(fullBar).toHaveProperty('value', 1)
    expect(fullBar).toHaveProperty('max', 1)
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull()
    expect(within(library()).getByRole('combobox', { name: 'Source' })).toHaveProperty(
      'value',
      'archives',
    )
    expect(sourceSettings.getState().librarySource).toBe('archives')
    await waitFor(() =>
      expect(screen.getAllByRole('article', { name: /^Post by/ })).toHaveLength(2),
    )

    await user.type(screen.getByRole('searchbox', { name: 'Filter library' }), 'MONTREAL')
    await waitFor(() =>
      expect(screen.getAllByRole('article', { name: /^Post by/ })).toHaveLength(1),
    )
    const card = screen.getByRole('article', { name: 'Post by André Ruffert' })
    expect(card.textContent).toContain('Une journée à Montréal')
    await user.click(within(card).getByRole('button', { name: 'Add to story' }))
    expect(storyBlocks()).toHaveLength(1)
    expect(await store.count()).toBe(2)
  })

  it('once the file is read, the bar follows the posts being stored, not the bytes', async () => {
    renderPanel()
    await chooseFile(archiveFile())
    act(() =>
      fake.emit({
        type: 'progress',
        progress: {
          phase: 'saving',
          processedBytes: 3_000_000,
          totalBytes: 3_000_000,
          posts: 1000,
        },
      }),
    )
    const bar = screen.getByRole('progressbar', { name: 'Import progress' })
    expect(bar.getAttribute('value')).toBe('0')
    expect(bar.getAttribute('max')).toBe('1000')
    expect(bar.getAttribute('aria-valuetext')).toBe('Saving: 0 of 1,000 posts stored')

    act(() =>
      fake.emit({
        type: 'batch',
        batch: { posts: [archivePost('1'), archivePost('2')], media: [] },
      }),
    )
    await waitFor(() => expect(bar.getAttribute('value')).toBe('2'))
    expect(library().textContent).toContain('Saving: 2 of 1,000 posts stored')
  })

  it('announces one post in the singular, and in French', async () => {
    await i18next.changeLanguage('fr')
    renderPanel()
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Importer une archive' }))
    await user.upload(screen.getByLabelText('Choisir un fichier d’archive'), archiveFile())
    act(() => fake.emit({ type: 'batch', batch: { posts: [archivePost('1')], media: [] } }))
    act(() => fake.emit({ type: 'done', kind: 'mastodon', posts: 1, media: 0 }))
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        '1 message importé de votre archive Mastodon.',
      ),
    )
  })

  const failures: [ArchiveFailureReason, string][] = [
    ['empty', 'This file is empty (0 bytes).'],
    ['truncated', 'This archive is cut short: its download was probably interrupted.'],
    [
      'html-page',
      'This is a web page, not an archive. Open the .zip your network sent you, or its tweets.js / outbox.json file.',
    ],
    ['wrong-archive', 'This is not an archive Storyloom can read. Expected: an X (Twitter)'],
    ['malformed', 'This Bluesky archive could not be read'],
  ]

  it.each(failures)(
    'words a %s failure as an alert and loses nothing already imported or in the story',
    async (reason, expected) => {
      await store.saveBatch({ posts: [archivePost('kept')], media: [] })
      sourceSettings.setState({ librarySource: 'archives' })
      renderPanel()
      const kept = await screen.findByRole('article', { name: 'Post by André Ruffert' })
      fireEvent.click(within(kept).getByRole('button', { name: 'Add to story' }))
      expect(storyBlocks()).toHaveLength(1)

      await chooseFile(archiveFile('archive.zip'))
      act(() =>
        fake.emit({
          type: 'failed',
          reason,
          detail: 'from the reader',
          kind: reason === 'malformed' ? 'bluesky' : undefined,
        }),
      )
      const alert = await screen.findByRole('alert')
      expect(alert.textContent).toContain(expected)
      expect(alert.textContent).toContain('Nothing already imported or in your stories was lost.')
      expect(screen.queryByRole('progressbar')).toBeNull()
      expect(await store.count()).toBe(1)
      expect(storyBlocks()).toHaveLength(1)
      expect(screen.getAllByRole('article', { name: /^Post by/ })).toHaveLength(1)

      await userEvent.setup().click(within(alert).getByRole('button', { name: 'Dismiss' }))
      expect(screen.queryByRole('alert')).toBeNull()
    },
  )

  it('refuses a 0-byte file at once, without starting the reader', async () => {
    renderPanel()
    await chooseFile(new File([], 'tweets.js'))
    expect((await screen.findByRole('alert')).textContent).toContain(
      'This file is empty (0 bytes).',
    )
    expect(fake.runImport).not.toHaveBeenCalled()
  })

  it('keeps the posts saved before a failure, and says how many', async () => {
    renderPanel()
    await chooseFile(archiveFile('archive.zip'))
    act(() =>
      fake.emit({
        type: 'batch',
        batch: { posts: [archivePost('1'), archivePost('2')], media: [] },
      }),
    )
    act(() => fake.emit({ type: 'failed', reason: 'truncated', detail: 'cut at 3 MB' }))
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('The 2 posts saved before the problem are kept.')
    expect(await store.count()).toBe(2)
  })

  it('cancels: stops the reader, says so, and stores no later batch', async () => {
    renderPanel()
    const user = await chooseFile(archiveFile('archive.zip'))
    act(() =>
      fake.emit({
        type: 'progress',
        progress: { phase: 'reading', processedBytes: 10, totalBytes: 100, posts: 0 },
      }),
    )
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(fake.cancel).toHaveBeenCalledTimes(1)
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Import cancelled. Nothing was imported.',
      ),
    )
    expect(screen.queryByRole('progressbar')).toBeNull()
    act(() => fake.emit({ type: 'batch', batch: { posts: [archivePost('late')], media: [] } }))
    act(() => fake.emit({ type: 'failed', reason: 'cancelled', detail: '' }))
    expect(await store.count()).toBe(0)
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('imports a file dropped on the library', async () => {
    renderPanel()
    const file = archiveFile('outbox.json', '{}')
    fireEvent.dragOver(library(), { dataTransfer: { types: ['Files'], files: [file] } })
    fireEvent.drop(library(), { dataTransfer: { types: ['Files'], files: [file] } })
    expect(fake.files).toEqual([file])
    expect(screen.getByRole('progressbar', { name: 'Import progress' })).toBeTruthy()
  })
})

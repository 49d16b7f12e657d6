import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { i18next, initI18n } from '../../../i18n/i18n'
import { setLibraryQuery } from '../../../store/actions/uiActions'
import type { ArchiveStore } from '../../../store/archive/archiveStore'
import { ArchiveLibrary } from './ArchiveLibrary'
import { ArchiveServicesContext } from './archiveServices'
import {
  archivePost,
  fakeImport,
  freshArchiveStore,
  layOutArchiveList,
  servicesWith,
} from './testArchiveImport'

beforeAll(async () => {
  await initI18n()
  await i18next.changeLanguage('en')
})

let store: ArchiveStore
beforeEach(() => {
  setLibraryQuery('')
  store = freshArchiveStore()
  layOutArchiveList()
})
afterEach(async () => {
  await store.close()
})

const at = (day: string) => new Date(`${day}T12:00:00`).toISOString()

const seed = () =>
  store.saveBatch({
    posts: [
      archivePost('plain', { html: '<p>Plain post</p>', createdAt: at('2024-01-10') }),
      archivePost('photo', {
        html: '<p>Photo post</p>',
        language: 'fr',
        createdAt: at('2024-02-10'),
        media: [{ kind: 'image', url: 'archive-media:photo.jpg', alt: 'A photo' }],
      }),
      archivePost('reply', {
        html: '<p>Reply post</p>',
        createdAt: at('2024-03-10'),
        replyTo: { authorHandle: '@bob' },
      }),
      archivePost('repost', {
        html: '<p>Repost post</p>',
        createdAt: at('2024-04-10'),
        repostedBy: { name: 'André', handle: '@andreruffert' },
      }),
    ],
    media: [],
  })

const renderLibrary = (revision = 0) =>
  render(
    <ArchiveServicesContext value={servicesWith(store, fakeImport())}>
      <ArchiveLibrary revision={revision} onForgotten={() => {}} />
    </ArchiveServicesContext>,
  )

const shownTexts = () =>
  screen
    .queryAllByRole('article', { name: /^Post by/ })
    .map((card) => /(Plain|Photo|Reply|Repost) post/.exec(card.textContent ?? '')?.[1])

const shownCount = async (count: number) =>
  waitFor(() => expect(screen.queryAllByRole('article', { name: /^Post by/ })).toHaveLength(count))

describe('ArchiveLibrary', () => {
  it('says how to import when nothing is imported yet', async () => {
    renderLibrary()
    expect(await screen.findByText('No archive imported yet.')).toBeTruthy()
    expect(screen.getByText(/choose “Import archive” above, or drop the .zip/)).toBeTruthy()
  })

  it('while a first import runs, says its posts are on the way rather than how to import', async () => {
    render(
      <ArchiveServicesContext value={servicesWith(store, fakeImport())}>
        <ArchiveLibrary revision={0} importing onForgotten={() => {}} />
      </ArchiveServicesContext>,
    )
    expect(await screen.findByText(/Your archive is being imported\./)).toBeTruthy()
    expect(screen.queryByText('No archive imported yet.')).toBeNull()
  })

  it('lists imported posts newest first and narrows them with each filter', async () => {
    await seed()
    renderLibrary()
    await shownCount(4)
    expect(shownTexts()).toEqual(['Repost', 'Reply', 'Photo', 'Plain'])
    const user = userEvent.setup()

    await user.click(screen.getByRole('checkbox', { name: 'Leave out replies' }))
    await user.click(screen.getByRole('checkbox', { name: 'Leave out reposts' }))
    await shownCount(2)
    expect(screen.getByText('2 of 4 posts')).toBeTruthy()

    await user.click(screen.getByRole('checkbox', { name: 'Has media' }))
    await shownCount(1)
    expect(screen.getByRole('article', { name: /^Post by/ }).textContent).toContain('Photo post')

    await user.click(screen.getByRole('button', { name: 'Reset filters' }))
    await shownCount(4)

    await user.selectOptions(screen.getByRole('combobox', { name: 'Post language' }), 'French')
    await shownCount(1)
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Post language' }),
      'Any language',
    )
    await shownCount(4)

    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2024-02-10' } })
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2024-03-10' } })
    await shownCount(2)
    expect(screen.getAllByRole('article', { name: /^Post by/ })[0]?.textContent).toContain(
      'Reply post',
    )
  })

  it('searches with the library filter, and offers to clear it when nothing matches', async () => {
    await seed()
    renderLibrary()
    await shownCount(4)
    setLibraryQuery('PHOTO')
    await shownCount(1)
    setLibraryQuery('nowhere')
    await shownCount(0)
    expect(screen.getByText('No post matches “nowhere”.')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Clear filter' }))
    await shownCount(4)
  })

  it('forgets imported archives only after a confirmation', async () => {
    await seed()
    const { rerender } = renderLibrary()
    await shownCount(4)
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Forget imported archives' }))
    const confirm = screen.getByRole('group', { name: 'Forget imported archives' })
    expect(confirm.textContent).toContain('Forget all 4 imported posts?')
    await user.click(within(confirm).getByRole('button', { name: 'Keep them' }))
    expect(await store.count()).toBe(4)

    await user.click(screen.getByRole('button', { name: 'Forget imported archives' }))
    await user.click(screen.getByRole('button', { name: 'Forget them' }))
    await waitFor(async () => expect(await store.count()).toBe(0))
    rerender(
      <ArchiveServicesContext value={servicesWith(store, fakeImport())}>
        <ArchiveLibrary revision={1} onForgotten={() => {}} />
      </ArchiveServicesContext>,
    )
    expect(await screen.findByText('No archive imported yet.')).toBeTruthy()
  })
})

import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { SourceError } from '../../../adapters/sourceError'
import type { ResultPage, SourceAdapter, SourceEntry } from '../../../adapters/types'
import { i18next, initI18n } from '../../../i18n/i18n'
import { makeTestPost } from '../../../renderers/testPosts'
import { sourceSettings } from '../../../store/sourceSettingsStore'
import { NetworkLibrary } from './NetworkLibrary'

beforeAll(async () => {
  await initI18n()
  await i18next.changeLanguage('en')
})

beforeEach(() => {
  localStorage.clear()
  sourceSettings.setState({ librarySource: 'fake', servers: {}, credentials: {} })
})

const post = (n: number) =>
  makeTestPost(`p${n}`, { author: { name: `Author ${n}`, handle: `@a${n}@x.example` } })

const fakeSource = (search: SourceAdapter['search']): SourceEntry => {
  const descriptor = {
    id: 'fake',
    label: 'Fakedon',
    defaultServer: 'https://fake.example',
    queryKinds: ['hashtag', 'account', 'url'] as const,
    matchesUrl: () => false,
  }
  const adapter: SourceAdapter = {
    ...descriptor,
    search,
    resolveUrl: () => Promise.reject(new Error('not used')),
  }
  return { ...descriptor, load: () => Promise.resolve(adapter) }
}

const searchFor = async (query: string) => {
  const user = userEvent.setup()
  await user.type(screen.getByRole('searchbox', { name: 'Search' }), query)
  await user.click(screen.getByRole('button', { name: 'Search' }))
  return user
}

const cards = () => screen.queryAllByRole('article', { name: /^Post by/ })

describe('NetworkLibrary', () => {
  it('shows a page, loads the next one, and says when there is no more', async () => {
    const pages: Record<string, ResultPage> = {
      first: { posts: [post(1), post(2)], next: 'cursor-2' },
      'cursor-2': { posts: [post(2), post(3)] },
    }
    const search = vi.fn<SourceAdapter['search']>(async (_q, _o, _c, cursor) =>
      Promise.resolve(pages[cursor ?? 'first'] as ResultPage),
    )
    render(<NetworkLibrary source={fakeSource(search)} />)
    const user = await searchFor('#events')
    await waitFor(() => expect(cards()).toHaveLength(2))
    expect(search.mock.calls[0]?.[0]).toEqual({ kind: 'hashtag', tag: 'events' })
    expect(search.mock.calls[0]?.[2].settings.server).toBe('https://fake.example')

    await user.click(screen.getByRole('button', { name: 'Load more' }))
    // The post both pages hold is shown once.
    await waitFor(() => expect(cards()).toHaveLength(3))
    expect(search.mock.calls[1]?.[3]).toBe('cursor-2')
    expect(screen.getByText('No more posts.')).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull()
  })

  it('shows a failure as an alert naming the source, keeps results, and retries', async () => {
    let fail = true
    const search = vi.fn<SourceAdapter['search']>(async (_q, _o, _c, cursor) => {
      if (!cursor) return { posts: [post(1)], next: 'c2' }
      if (fail) throw new SourceError('timeout', 'slow')
      return { posts: [post(4)] }
    })
    render(<NetworkLibrary source={fakeSource(search)} />)
    const user = await searchFor('@lea')
    await waitFor(() => expect(cards()).toHaveLength(1))
    await user.click(screen.getByRole('button', { name: 'Load more' }))

    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('Fakedon (fake.example) took too long to answer.')
    expect(cards()).toHaveLength(1)
    expect(screen.queryByText('No more posts.')).toBeNull()

    fail = false
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    await waitFor(() => expect(cards()).toHaveLength(2))
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('refuses an insecure server and a query kind the source cannot answer, without a request', async () => {
    const search = vi.fn<SourceAdapter['search']>()
    render(<NetworkLibrary source={fakeSource(search)} />)
    const user = userEvent.setup()
    const server = screen.getByRole('textbox', { name: 'Server' })
    await user.clear(server)
    await user.type(server, 'http://fake.example')
    await searchFor('#events')
    expect((await screen.findByRole('alert')).textContent).toContain('plain http')

    await user.clear(server)
    await user.type(server, 'fake.example')
    await user.clear(screen.getByRole('searchbox', { name: 'Search' }))
    await searchFor('two words')
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Fakedon cannot search for this kind of query',
    )
    expect(search).not.toHaveBeenCalled()
  })

  it('remembers a server other than the default', async () => {
    const search = vi.fn<SourceAdapter['search']>(async () => ({ posts: [] }))
    render(<NetworkLibrary source={fakeSource(search)} />)
    const user = userEvent.setup()
    const server = screen.getByRole('textbox', { name: 'Server' })
    await user.clear(server)
    await user.type(server, 'other.example/')
    await searchFor('#x')
    await waitFor(() => expect(search).toHaveBeenCalledTimes(1))
    expect(sourceSettings.getState().servers.fake).toBe('https://other.example')
    expect(await screen.findByText('No posts found for “#x” on Fakedon.')).toBeTruthy()
  })
})

import { readFileSync } from 'node:fs'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { feedSource } from '../../../adapters/feed/feedSource'
import { FeedFormatError } from '../../../adapters/feed/feedFormatError'
import type { SourceAdapter, SourceEntry } from '../../../adapters/types'
import { i18next, initI18n } from '../../../i18n/i18n'
import { sourceSettings } from '../../../store/sourceSettingsStore'
import { fixturePath } from '../../../test/fixturePath'
import { NetworkLibrary } from './NetworkLibrary'

beforeAll(async () => {
  await initI18n()
  await i18next.changeLanguage('en')
})

beforeEach(() => {
  localStorage.clear()
  sourceSettings.setState({ librarySource: 'feed', servers: {}, credentials: {} })
})

/** The feed source with its adapter replaced by a spy: opening a file must never use it. */
const feedEntry = () => {
  const load = vi.fn<() => Promise<SourceAdapter>>(() => Promise.reject(new Error('no network')))
  const entry: SourceEntry = { ...feedSource, load }
  return { entry, load }
}

const fileOf = (name: string, content: BlobPart, type = '') => new File([content], name, { type })

const upload = async (file: File) => {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')
  if (!input) throw new Error('no file input')
  await userEvent.setup().upload(input, file)
}

const cards = () => screen.queryAllByRole('article', { name: /^Post by/ })

describe('OpenFeedFileButton in the library', () => {
  it('shows only for the feed source, which has no Server field', () => {
    const { entry } = feedEntry()
    const { unmount } = render(<NetworkLibrary source={entry} />)
    expect(screen.getByRole('button', { name: 'Open feed file' })).toBeTruthy()
    expect(screen.queryByRole('textbox', { name: 'Server' })).toBeNull()
    const input = document.querySelector<HTMLInputElement>('input[type="file"]')
    expect(input?.accept).toBe('.xml,.rss,.atom,.json,.txt')
    unmount()
    render(
      <NetworkLibrary
        source={{
          ...entry,
          id: 'mastodon',
          defaultServer: 'https://m.example',
          choosesServer: true,
        }}
      />,
    )
    expect(screen.queryByRole('button', { name: 'Open feed file' })).toBeNull()
    expect(screen.getByRole('textbox', { name: 'Server' })).toBeTruthy()
  })

  it('lists the posts of a feed file, ready to add, without any request', async () => {
    const { entry, load } = feedEntry()
    render(<NetworkLibrary source={entry} />)
    const bytes = readFileSync(fixturePath('rss/rss-parser-encoding.rss'))
    await upload(fileOf('jn.rss', bytes, 'application/rss+xml'))
    await waitFor(() => expect(cards()).toHaveLength(40))
    expect(screen.getByRole('status').textContent).toBe('40 posts from the file jn.rss')
    const first = cards()[0]
    if (!first) throw new Error('no card')
    expect(first.textContent).toContain('Mãe de utente é a nova presidente da Raríssimas')
    expect(within(first).getByRole('button', { name: 'Add to story' })).toBeTruthy()
    expect(load).not.toHaveBeenCalled()
  })

  it('says what is wrong with a bad file, and keeps what the library showed', async () => {
    const { entry, load } = feedEntry()
    render(<NetworkLibrary source={entry} />)
    const narro = readFileSync(fixturePath('rss/rss-parser-narro.rss'), 'utf8')
    await upload(fileOf('narro.rss', narro))
    await waitFor(() => expect(cards()).toHaveLength(1))

    await upload(fileOf('page.xml', '<!DOCTYPE html><html><body>Hi</body></html>'))
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain(
      'page.xml is a web page, not a feed. Look on that page for a link to its RSS, Atom or JSON feed.',
    )
    expect(alert.textContent).toContain(
      'Nothing was added: your library and your story are unchanged.',
    )
    expect(cards()).toHaveLength(1)

    const truncated = readFileSync(fixturePath('rss/feedparser/illformed_rss_incomplete_cdata.xml'))
    await upload(fileOf('cut.xml', truncated))
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain(
        'cut.xml is not well-formed XML: a CDATA section opened on line 13 is never closed; the file may be truncated.',
      ),
    )
    await upload(fileOf('empty.json', ''))
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('empty.json is empty.'),
    )
    await upload(fileOf('data.json', '{"posts": []}'))
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain(
        'data.json holds JSON, but not a JSON Feed.',
      ),
    )
    await upload(fileOf('photo.xml', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])))
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('photo.xml is not a text file'),
    )
    expect(cards()).toHaveLength(1)
    expect(load).not.toHaveBeenCalled()
  })

  it('speaks French', async () => {
    await i18next.changeLanguage('fr')
    try {
      const { entry } = feedEntry()
      render(<NetworkLibrary source={entry} />)
      expect(screen.getByRole('button', { name: 'Ouvrir un fichier de flux' })).toBeTruthy()
      await upload(fileOf('vide.xml', ' '))
      expect((await screen.findByRole('alert')).textContent).toContain('vide.xml est vide.')
    } finally {
      await i18next.changeLanguage('en')
    }
  })

  it('words a feed address that is a web page with the feeds messages', async () => {
    const adapter = {
      ...feedSource,
      search: () =>
        Promise.reject(new FeedFormatError('html', 'https://blog.example/about is a web page')),
      resolveUrl: () => Promise.reject(new Error('not used')),
    } satisfies SourceAdapter
    render(<NetworkLibrary source={{ ...feedSource, load: () => Promise.resolve(adapter) }} />)
    expect(screen.getByRole('status').textContent).toMatch(/^Paste the address of an RSS, Atom/)
    const user = userEvent.setup()
    const search = screen.getByRole('searchbox', { name: 'Search' })
    expect(search.getAttribute('placeholder')).toBe(
      'Feed address, or a Mastodon, Bluesky or YouTube profile link',
    )
    await user.type(search, 'https://blog.example/about')
    await user.click(screen.getByRole('button', { name: 'Search' }))
    expect((await screen.findByRole('alert')).textContent).toContain(
      'https://blog.example/about is a web page, not a feed. Look on that page for a link to its RSS, Atom or JSON feed.',
    )
  })
})

import { fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { testPost } from '../../domain/integrity/testPost'
import type { Post } from '../../domain/post'
import { i18next, initI18n } from '../../i18n/i18n'
import { editorStore } from '../../store/editorStore'
import { NOTIFY_KEY, useNotifyStore } from '../../store/notifyStore'
import { sourceSettings } from '../../store/sourceSettingsStore'
import { resetEditorStore } from '../../test/resetEditorStore'
import { NotifyAuthorsButton } from './NotifyAuthorsButton'

beforeAll(async () => {
  await initI18n()
  await i18next.changeLanguage('en')
})

const lea = testPost('mastodon:1', {
  author: { name: 'Léa Martin', handle: '@lea@example.social' },
})
const bob = testPost('mastodon:2', { author: { name: 'Bob', handle: '@bob@piaille.fr' } })
const ana = testPost('bluesky:1', {
  source: 'bluesky',
  author: { name: 'Ana', handle: '@ana.bsky.social' },
  quote: {
    state: 'available',
    post: testPost('bluesky:2', {
      source: 'bluesky',
      author: { name: 'Kai', handle: '@kai.bsky.social' },
    }),
  },
})
const rss = testPost('rss:1', { source: 'rss', author: { name: 'Le Monde', handle: '' } })

const seedStory = (posts: Post[]) => {
  const storyId = resetEditorStore()
  editorStore.setState((state) => ({
    posts: Object.fromEntries(posts.map((post) => [post.id, post])),
    stories: {
      [storyId]: {
        ...state.stories[storyId]!,
        title: 'L’hiver au lac',
        blocks: posts.map((post, index) => ({ id: `b${index}`, type: 'post', postId: post.id })),
      },
    },
  }))
}

beforeEach(() => {
  localStorage.clear()
  useNotifyStore.setState({ doNotContact: [] })
  sourceSettings.setState({ servers: { mastodon: 'https://piaille.fr' } })
  seedStory([lea, bob, ana, rss])
})

const openPanel = async () => {
  const user = userEvent.setup()
  render(<NotifyAuthorsButton />)
  await user.click(screen.getByRole('button', { name: 'Notify authors' }))
  return { user, dialog: await screen.findByRole('dialog', { name: 'Notify authors' }) }
}

const textOf = (href: string | null) => new URL(href ?? '').searchParams.get('text')

describe('Notify authors', () => {
  it('the button opens a dialog named "Notify authors" that says nothing is sent', async () => {
    const { dialog } = await openPanel()
    expect(dialog).toHaveProperty('open', true)
    expect(within(dialog).getByText(/Nothing is ever sent from here/)).toBeTruthy()
    expect(
      within(dialog)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual(['Authors on Mastodon', 'Authors on Bluesky', 'Authors on RSS'])
  })

  it('builds compose links on the curator’s own server, with everyone mentioned and the text encoded', async () => {
    const { dialog } = await openPanel()
    const mastodon = within(dialog).getByRole('link', { name: /Write on Mastodon \(piaille\.fr\)/ })
    const href = mastodon.getAttribute('href')
    expect(href?.startsWith('https://piaille.fr/share?text=')).toBe(true)
    expect(href).toContain(encodeURIComponent('“L’hiver au lac”'))
    expect(textOf(href)).toBe(
      'Hello @lea@example.social @bob@piaille.fr, I quoted your post in my story “L’hiver au lac”. Thank you! If you would rather not be in it, just tell me and I will take it out.',
    )
    expect(mastodon.getAttribute('target')).toBe('_blank')
    expect(mastodon.getAttribute('rel')).toBe('noopener noreferrer')

    const bluesky = within(dialog).getByRole('link', { name: /Write on Bluesky/ })
    expect(bluesky.getAttribute('href')).toMatch(/^https:\/\/bsky\.app\/intent\/compose\?text=/)
    // The quoted post's author is cited too.
    expect(textOf(bluesky.getAttribute('href'))).toMatch(
      /^Hello @ana\.bsky\.social @kai\.bsky\.social,/,
    )

    const email = within(dialog).getByRole('link', { name: /Write an e-mail/ })
    expect(email.getAttribute('href')).toMatch(/^mailto:\?subject=.*&body=Hello%20Le%20Monde%2C/)
  })

  it('uses the message the curator edits', async () => {
    const { dialog } = await openPanel()
    const message = within(dialog).getByRole('textbox', { name: 'Message for Bluesky' })
    fireEvent.change(message, { target: { value: 'Merci {{mentions}} ! #lac & co' } })
    const link = within(dialog).getByRole('link', { name: /Write on Bluesky/ })
    expect(link.getAttribute('href')).toBe(
      `https://bsky.app/intent/compose?text=${encodeURIComponent('Merci @ana.bsky.social @kai.bsky.social ! #lac & co')}`,
    )
  })

  it('leaves do-not-contact authors out of the mentions, and remembers them in localStorage', async () => {
    const { user, dialog } = await openPanel()
    await user.click(within(dialog).getByRole('checkbox', { name: 'Do not contact Bob' }))
    const href = within(dialog)
      .getByRole('link', { name: /Write on Mastodon/ })
      .getAttribute('href')
    expect(textOf(href)).toMatch(/^Hello @lea@example\.social, I quoted/)
    expect(JSON.parse(localStorage.getItem(NOTIFY_KEY) ?? '{}')).toMatchObject({
      state: { doNotContact: ['mastodon:@bob@piaille.fr'] },
    })

    // A later visit reads the list back, and the box stays ticked.
    const saved = localStorage.getItem(NOTIFY_KEY) ?? ''
    useNotifyStore.setState({ doNotContact: [] })
    localStorage.setItem(NOTIFY_KEY, saved)
    await useNotifyStore.persist.rehydrate()
    expect(useNotifyStore.getState().doNotContact).toEqual(['mastodon:@bob@piaille.fr'])
    expect(within(dialog).getByRole('checkbox', { name: 'Do not contact Bob' })).toHaveProperty(
      'checked',
      true,
    )
  })

  it('ignores a damaged do-not-contact entry instead of breaking', async () => {
    localStorage.setItem(NOTIFY_KEY, JSON.stringify({ state: { doNotContact: 'bob' }, version: 1 }))
    await useNotifyStore.persist.rehydrate()
    expect(useNotifyStore.getState().doNotContact).toEqual([])
  })

  it('says so when everyone of a network is on the list', async () => {
    useNotifyStore.setState({ doNotContact: ['rss:le monde'] })
    const { dialog } = await openPanel()
    expect(within(dialog).getByText('Everyone here is on your do-not-contact list.')).toBeTruthy()
    expect(within(dialog).queryByRole('link', { name: /Write an e-mail/ })).toBeNull()
  })

  it('closes with Escape and gives focus back to the button', async () => {
    const { user, dialog } = await openPanel()
    await user.click(within(dialog).getByRole('textbox', { name: 'Message for Mastodon' }))
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog', { name: 'Notify authors' })).toBeNull()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Notify authors' }))
  })
})

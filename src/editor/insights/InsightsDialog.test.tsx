import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Post } from '../../domain/post'
import { i18next, initI18n } from '../../i18n/i18n'
import { image, makeTestPost } from '../../renderers/testPosts'
import { addPostToStory } from '../../store/actions/blockActions'
import { charterStore, resetCharter } from '../../store/charterStore'
import { editorStore } from '../../store/editorStore'
import { resetEditorStore } from '../../test/resetEditorStore'
import { InsightsButton } from './InsightsButton'

beforeAll(async () => {
  await initI18n()
  await i18next.changeLanguage('en')
})

beforeEach(() => {
  localStorage.clear()
  resetEditorStore()
  resetCharter()
})

const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`

/** Léa: 4,210 followers, three posts with 12, 30 and 85 interactions. */
const lea = {
  name: 'Léa Martin',
  handle: '@lea@example.social',
  id: '1',
  stats: { followers: 4210, following: 300, posts: 900, createdAt: '2020-01-01T00:00:00.000Z' },
}

const leaPosts: Post[] = [
  makeTestPost('a', {
    author: lea,
    createdAt: at(3),
    metrics: { replies: 2, reposts: 4, likes: 6 },
  }),
  makeTestPost('b', {
    author: lea,
    createdAt: at(2),
    metrics: { replies: 5, reposts: 5, likes: 20 },
  }),
  makeTestPost('c', {
    author: lea,
    createdAt: at(1),
    metrics: { replies: 10, reposts: 15, likes: 55, quotes: 5 },
    media: [image({ alt: '' })],
  }),
]

const blueskyBasic = makeTestPost('d', {
  source: 'bluesky',
  author: { name: 'Ana', handle: '@ana.bsky.social', id: 'did:plc:ana' },
  text: 'C’EST INADMISSIBLE, QUEL BORDEL !!!',
  language: 'fr',
})

const openInsights = async () => {
  const user = userEvent.setup()
  render(<InsightsButton />)
  await user.click(screen.getByRole('button', { name: 'Insights' }))
  return { user, dialog: await screen.findByRole('dialog', { name: 'Insights' }) }
}

describe('Insights panel', () => {
  it('opens from the "Insights" button as a dialog named "Insights"; Esc closes it and focus returns', async () => {
    const { user, dialog } = await openInsights()
    expect(dialog).toBeTruthy()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog', { name: 'Insights' })).toBeNull()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Insights' }))
  })

  it('says so when the story has no posts, and still offers the charter', async () => {
    const { dialog } = await openInsights()
    expect(within(dialog).getByText(/This story has no posts yet/)).toBeTruthy()
    expect(within(dialog).getByRole('heading', { name: 'Charter' })).toBeTruthy()
    expect(within(dialog).queryByRole('heading', { name: 'Authors' })).toBeNull()
  })

  it('prints the engagement formula, the band, and "no counts" for a source that gave none', async () => {
    for (const post of [...leaPosts, blueskyBasic]) addPostToStory(post)
    const { dialog } = await openInsights()
    const authors = within(dialog).getByRole('region', { name: 'Authors' })
    expect(
      within(authors).getByText('(12 + 30 + 85) ÷ 3 posts ÷ 4,210 followers × 100 = 1.0 %'),
    ).toBeTruthy()
    expect(within(authors).getByText(/Within the 1–5 % band/)).toBeTruthy()
    expect(within(authors).getByText('4,210')).toBeTruthy()
    expect(
      within(authors).getByText(/Bluesky gave no audience counts for this account/),
    ).toBeTruthy()
  })

  it('words flags as hints', async () => {
    const young = {
      ...lea,
      stats: {
        followers: 1000,
        following: 1050,
        createdAt: new Date(Date.now() - 5 * 86_400_000).toISOString(),
      },
    }
    addPostToStory(makeTestPost('y', { author: young }))
    const { dialog } = await openInsights()
    const hints = within(dialog).getAllByText(/This may suggest/)
    expect(hints.map((hint) => hint.textContent)).toEqual([
      expect.stringContaining('(1,050 following, 1,000 followers)'),
      expect.stringContaining('The account is 5 days old.'),
    ])
  })

  it('lists posts the charter points out', async () => {
    addPostToStory(blueskyBasic)
    addPostToStory(makeTestPost('calm', { text: 'A calm and ordinary sentence.' }))
    const { dialog } = await openInsights()
    const moderation = within(dialog).getByRole('region', { name: 'Moderation' })
    expect(within(moderation).getAllByRole('heading', { level: 4 })).toHaveLength(1)
    expect(
      within(moderation).getByText('Shouting: 100 % of the letters are capitals.'),
    ).toBeTruthy()
    expect(within(moderation).getByText('Strong language: bordel.')).toBeTruthy()
  })

  it('keeps text behind a content warning and sensitive media hidden until revealed', async () => {
    addPostToStory(
      makeTestPost('cw', {
        text: 'QUELLE HORREUR, CES IMAGES SONT INSOUTENABLES',
        contentWarning: 'Violence',
        sensitive: true,
        media: [image({ alt: '' })],
      }),
    )
    const { dialog } = await openInsights()
    const moderation = within(dialog).getByRole('region', { name: 'Moderation' })
    const cw = moderation.querySelector('details')
    expect(cw?.open).toBe(false)
    expect(cw?.querySelector('summary')?.textContent).toContain('Content warning: Violence')
    const alt = within(dialog).getByRole('region', { name: 'Alt text' })
    const sensitive = alt.querySelector('details')
    expect(sensitive?.open).toBe(false)
    expect(sensitive?.querySelector('summary')?.textContent).toBe('Sensitive media — show')
    expect(sensitive?.querySelector('img')).not.toBeNull()
  })

  it('saves a curator description to the store, and the media leaves the list', async () => {
    for (const post of leaPosts) addPostToStory(post)
    const { user, dialog } = await openInsights()
    const alt = within(dialog).getByRole('region', { name: 'Alt text' })
    expect(within(alt).getByText('Image 1 of the post by Léa Martin')).toBeTruthy()
    await user.click(within(alt).getByRole('button', { name: 'Save description' }))
    expect(within(alt).getByText('Write a description first.')).toBeTruthy()
    await user.type(within(alt).getByLabelText('Description by the curator'), 'A heron on a post')
    await user.click(within(alt).getByRole('button', { name: 'Save description' }))
    expect(editorStore.getState().posts.c?.media[0]).toMatchObject({
      alt: '',
      curatorAlt: 'A heron on a post',
    })
    expect(within(alt).getByRole('status').textContent).toBe('Description saved.')
    expect(
      within(alt).getByText(/Every image and video of this story has a description/),
    ).toBeTruthy()
  })

  it('saves the charter: threshold and word lists', async () => {
    const { user, dialog } = await openInsights()
    const french = within(dialog).getByLabelText('French words, one per line')
    await user.clear(french)
    await user.type(french, 'Zut{Enter}  flûte  {Enter}zut')
    const threshold = within(dialog).getByLabelText(/Share of capitals/)
    await user.clear(threshold)
    await user.type(threshold, '80')
    await user.click(within(dialog).getByRole('button', { name: 'Save charter' }))
    expect(charterStore.getState().profanity.words.fr).toEqual(['zut', 'flûte'])
    expect(charterStore.getState().shouting.threshold).toBe(0.8)
    expect(
      JSON.parse(localStorage.getItem('storyloom.charter') ?? '{}').state.profanity.words.fr,
    ).toEqual(['zut', 'flûte'])
  })
})

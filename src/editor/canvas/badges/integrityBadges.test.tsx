import { render, screen, within } from '@testing-library/react'
import type { TFunction } from 'i18next'
import { beforeAll, describe, expect, it } from 'vitest'
import { testPost } from '../../../domain/integrity/testPost'
import { i18next, initI18n } from '../../../i18n/i18n'
import { BADGE_NAMESPACES, type BadgeEnvironment } from './badge'
import { integrityBadges } from './integrityBadges'
import { PostBadges } from './PostBadges'

beforeAll(async () => {
  await initI18n()
  // French loads on demand in the app; these tests read it through getFixedT.
  await i18next.loadLanguages('fr')
})

const environment = (language: 'en' | 'fr'): BadgeEnvironment => ({
  t: i18next.getFixedT(language, BADGE_NAMESPACES) as unknown as TFunction<typeof BADGE_NAMESPACES>,
})

const sponsored = testPost('ad', { text: 'Mes nouvelles bottes #pub #Sponsorisé' })
const closed = testPost('closed', { reusePolicy: { quote: 'followers' } })
const bluesky = testPost('bsky', {
  source: 'bluesky',
  author: { name: 'Ana', handle: '@ana.bsky.social' },
  reusePolicy: { quote: 'nobody', embeddingDisabled: true, hideFromLoggedOut: true },
})

describe('integrityBadges', () => {
  it('says nothing of an ordinary post', () => {
    expect(integrityBadges(testPost('plain'), environment('en'))).toEqual([])
  })

  it('Sponsored (info), with the evidence in the description', () => {
    expect(integrityBadges(sponsored, environment('en'))).toEqual([
      {
        id: 'sponsored',
        label: 'Sponsored',
        description:
          'The author discloses a paid relationship (“#pub”, “#Sponsorisé”). Every export labels this post “Sponsored”.',
        tone: 'info',
      },
    ])
    expect(integrityBadges(sponsored, environment('fr'))[0]?.label).toBe('Sponsorisé')
  })

  it('flags a quoted sponsored post apart from the post itself', () => {
    const quoting = testPost('q', { quote: { state: 'available', post: sponsored } })
    expect(integrityBadges(quoting, environment('en')).map((badge) => badge.id)).toEqual([
      'quoted-sponsored',
    ])
  })

  it('Quoting restricted (warning), naming the author’s wish, in both languages', () => {
    expect(integrityBadges(closed, environment('en'))).toEqual([
      {
        id: 'quoting-restricted',
        label: 'Quoting restricted',
        description: 'Léa Martin allows only their followers to quote this post.',
        tone: 'warning',
      },
    ])
    expect(integrityBadges(closed, environment('fr'))[0]).toMatchObject({
      label: 'Citation restreinte',
      description: 'Seuls les abonnés de Léa Martin peuvent citer ce message.',
    })
  })

  it('a Bluesky postgate says it once, and the logged-out wish is its own badge', () => {
    expect(integrityBadges(bluesky, environment('en'))).toEqual([
      {
        id: 'quoting-restricted',
        label: 'Quoting restricted',
        description: 'Ana turned off quoting and embedding of this post.',
        tone: 'warning',
      },
      {
        id: 'hidden-from-logged-out',
        label: 'Hidden from logged-out viewers',
        description:
          'Ana asked not to be shown to people who are not logged in — as every reader of an export is.',
        tone: 'warning',
      },
    ])
  })

  it('is drawn by PostBadges as words, with the sentence for screen readers', async () => {
    await i18next.changeLanguage('en')
    render(<PostBadges post={closed} />)
    const item = within(screen.getByRole('list')).getByRole('listitem')
    expect(item.textContent).toBe(
      'Quoting restricted: Léa Martin allows only their followers to quote this post.',
    )
  })
})

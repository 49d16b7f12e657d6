import type { TFunction } from 'i18next'
import { beforeAll, describe, expect, it } from 'vitest'
import { defaultCharter } from '../../../domain/insights/charter'
import { i18next, initI18n } from '../../../i18n/i18n'
import { image, makeTestPost } from '../../../renderers/testPosts'
import { BADGE_NAMESPACES, type BadgeEnvironment } from './badge'
import { moderationBadges } from './moderationBadges'

beforeAll(async () => {
  await initI18n()
  // French loads on demand in the app; these tests read it through getFixedT.
  await i18next.loadLanguages('fr')
})

const environment = (language: 'en' | 'fr', charter = defaultCharter()): BadgeEnvironment => ({
  t: i18next.getFixedT(language, BADGE_NAMESPACES) as unknown as TFunction<typeof BADGE_NAMESPACES>,
  charter,
})

const shouted = makeTestPost('loud', {
  text: 'C’EST INADMISSIBLE, BANDE DE CONNARDS !!!',
  language: 'fr',
  media: [image({ alt: '' }), image({ alt: '' })],
})

describe('moderationBadges', () => {
  it('says nothing about an ordinary post', () => {
    expect(moderationBadges(makeTestPost('calm'), environment('en'))).toEqual([])
  })

  it('names shouting, strong language and missing descriptions in words, with the reason', () => {
    expect(moderationBadges(shouted, environment('en'))).toEqual([
      {
        id: 'moderation-shouting',
        label: 'Shouting',
        description: '100 % of its letters are capitals, above the charter’s 70 %.',
        tone: 'warning',
      },
      {
        id: 'moderation-strong-language',
        label: 'Strong language',
        description: 'Words from the charter’s list: connard.',
        tone: 'warning',
      },
      {
        id: 'moderation-no-alt',
        label: 'No alt text',
        description:
          '2 images or videos have no description. Add them in Insights; they will be shown as yours.',
        tone: 'info',
      },
    ])
  })

  it('speaks French', () => {
    const labels = moderationBadges(shouted, environment('fr')).map((badge) => badge.label)
    expect(labels).toEqual(['Majuscules', 'Langage grossier', 'Sans texte alternatif'])
  })

  it('follows the charter: switched-off rules give no badge', () => {
    const charter = defaultCharter()
    charter.shouting.enabled = false
    charter.altText.enabled = false
    expect(moderationBadges(shouted, environment('en', charter)).map((b) => b.id)).toEqual([
      'moderation-strong-language',
    ])
  })

  it('uses the default charter when the environment has none', () => {
    const { t } = environment('en')
    expect(moderationBadges(shouted, { t })).toHaveLength(3)
  })
})

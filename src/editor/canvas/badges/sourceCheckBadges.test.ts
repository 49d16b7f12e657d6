import type { TFunction } from 'i18next'
import { beforeAll, describe, expect, it } from 'vitest'
import type { SourceCheck } from '../../../domain/post'
import { i18next, initI18n } from '../../../i18n/i18n'
import { makeTestPost } from '../../../renderers/testPosts'
import { BADGE_NAMESPACES, type BadgeEnvironment } from './badge'
import { sourceCheckBadges } from './sourceCheckBadges'

beforeAll(async () => {
  await initI18n()
  // French loads on demand in the app; these tests read it through getFixedT.
  await i18next.loadLanguages('fr')
})

const environment = (language: 'en' | 'fr'): BadgeEnvironment => ({
  t: i18next.getFixedT(language, BADGE_NAMESPACES) as unknown as TFunction<typeof BADGE_NAMESPACES>,
})

const CHECKED = '2026-11-25T12:00:00.000Z'
const checked = (sourceCheck: SourceCheck) => makeTestPost('p', { sourceCheck })

describe('sourceCheckBadges', () => {
  it('says nothing of a post never checked', () => {
    expect(sourceCheckBadges(makeTestPost('p'), environment('en'))).toEqual([])
  })

  it('one word badge per state, with the check date in the description', () => {
    const cases: [SourceCheck, string, 'info' | 'warning'][] = [
      [{ state: 'live', checkedAt: CHECKED }, 'Live', 'info'],
      [{ state: 'deleted', checkedAt: CHECKED }, 'Deleted at source', 'warning'],
      [
        { state: 'unavailable', checkedAt: CHECKED, reason: 'private' },
        'Unavailable at source',
        'warning',
      ],
    ]
    for (const [check, label, tone] of cases) {
      const [badge, ...rest] = sourceCheckBadges(checked(check), environment('en'))
      expect(rest).toEqual([])
      expect(badge).toMatchObject({ id: 'source-check', label, tone })
      expect(badge!.description).toMatch(/2026/)
    }
  })

  it('an edit says what changed, in English and in French', () => {
    const post = checked({
      state: 'edited',
      checkedAt: CHECKED,
      changes: ['text', 'media'],
      currentText: 'New',
    })
    const [en] = sourceCheckBadges(post, environment('en'))
    expect(en!.label).toBe('Edited at source')
    expect(en!.description).toContain('changed the text, the media since')
    const [fr] = sourceCheckBadges(post, environment('fr'))
    expect(fr!.label).toBe('Modifiée à la source')
    expect(fr!.description).toContain('modifié le texte, les médias')
  })

  it('an unavailable post says why', () => {
    const [badge] = sourceCheckBadges(
      checked({ state: 'unavailable', checkedAt: CHECKED, reason: 'blocked' }),
      environment('en'),
    )
    expect(badge!.description).toContain(': blocked (checked')
  })
})

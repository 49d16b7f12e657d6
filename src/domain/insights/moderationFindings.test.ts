import { describe, expect, it } from 'vitest'
import type { Post } from '../post'
import { defaultCharter, type Charter } from './charter'
import { hasFindings, moderationFindings } from './moderationFindings'

const post = (text: string, overrides: Partial<Post> = {}): Post => ({
  id: 'p',
  source: 'mastodon',
  url: 'https://example.social/p',
  author: { name: 'Léa', handle: '@lea@example.social' },
  createdAt: '2025-01-01T00:00:00.000Z',
  fetchedAt: '2025-01-01T00:00:00.000Z',
  text,
  html: '',
  media: [],
  availability: { state: 'available' },
  ...overrides,
})

describe('moderationFindings', () => {
  it('finds shouting, strong language and missing descriptions together', () => {
    const findings = moderationFindings(
      post('C’EST INADMISSIBLE, BANDE DE CONNARDS !!!', {
        language: 'fr',
        media: [
          { kind: 'image', url: 'https://x.example/a.jpg', alt: '' },
          { kind: 'image', url: 'https://x.example/b.jpg', alt: '', curatorAlt: 'Un panneau' },
        ],
      }),
      defaultCharter(),
    )
    expect(findings.shouting?.ratio).toBe(1)
    expect(findings.strongLanguage).toEqual(['connard'])
    expect(findings.missingAlt).toBe(1)
    expect(hasFindings(findings)).toBe(true)
  })

  it('reads the content warning as well as the text', () => {
    const findings = moderationFindings(
      post('fine text', { contentWarning: 'this shit' }),
      defaultCharter(),
    )
    expect(findings.strongLanguage).toEqual(['shit'])
  })

  it('says nothing for rules the charter switched off', () => {
    const charter: Charter = {
      ...defaultCharter(),
      shouting: { enabled: false, threshold: 0.7 },
      profanity: { ...defaultCharter().profanity, enabled: false },
      altText: { enabled: false },
    }
    const findings = moderationFindings(
      post('THIS IS SHIT AND EVERYONE KNOWS IT', {
        media: [{ kind: 'image', url: 'https://x.example/a.jpg', alt: '' }],
      }),
      charter,
    )
    expect(findings).toEqual({ strongLanguage: [], missingAlt: 0 })
    expect(hasFindings(findings)).toBe(false)
  })

  it('uses the curator’s own words and threshold', () => {
    // 15 capitals of 25 letters (GOSH reads as an acronym): 0.6.
    const text = post('GOSH, EVERYBODY LEAVES early today', { language: 'en' })
    expect(moderationFindings(text, defaultCharter())).toEqual({
      strongLanguage: [],
      missingAlt: 0,
    })
    const charter = defaultCharter()
    charter.profanity.words.en = ['gosh']
    charter.shouting.threshold = 0.5
    const findings = moderationFindings(text, charter)
    expect(findings.strongLanguage).toEqual(['gosh'])
    expect(findings.shouting?.ratio).toBeCloseTo(0.6, 5)
  })
})

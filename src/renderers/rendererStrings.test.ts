import { describe, expect, it } from 'vitest'
import { UNAVAILABLE_REASONS, type UnavailableReason } from '../domain/post'
import { RENDERER_LOCALES, rendererStrings, type RendererLocale } from './rendererStrings'

const REASONS = UNAVAILABLE_REASONS

describe('rendererStrings', () => {
  it.each(RENDERER_LOCALES)('%s has every string filled in', (locale) => {
    const strings = rendererStrings(locale)
    expect(strings.locale).toBe(locale)
    for (const [key, value] of Object.entries(strings)) {
      if (typeof value === 'string') expect(value, key).not.toBe('')
    }
    for (const reason of REASONS) expect(strings.reasons[reason]).not.toBe('')
  })

  it('counts in English: singular for exactly one, compact numbers', () => {
    const en = rendererStrings('en')
    expect([0, 1, 2].map(en.replies)).toEqual(['0 replies', '1 reply', '2 replies'])
    expect(en.reposts(1)).toBe('1 repost')
    expect(en.likes(12)).toBe('12 likes')
    expect(en.quotes(1)).toBe('1 quote')
    expect(en.likes(1500)).toBe('1.5K likes')
  })

  it('counts in French: zero and one are singular', () => {
    const fr = rendererStrings('fr')
    expect([0, 1, 2].map(fr.replies)).toEqual(['0 réponse', '1 réponse', '2 réponses'])
    expect(fr.reposts(0)).toBe('0 partage')
    expect(fr.quotes(3)).toBe('3 citations')
    expect(fr.likes(1)).toBe('1 j’aime')
    expect(fr.likes(1500)).toMatch(/^1,5\sk j’aime$/)
  })

  it('explains why a post is unavailable', () => {
    expect(rendererStrings('en').postUnavailable('deleted')).toBe(
      'This post is no longer available at its source (deleted)',
    )
    expect(rendererStrings('fr').postUnavailable('revoked')).toBe(
      'Ce message n’est plus disponible à sa source (l’auteur a retiré la citation)',
    )
    // A reason this version does not know (a newer archive) still reads as a sentence.
    expect(rendererStrings('en').postUnavailable('shadowbanned' as UnavailableReason)).toBe(
      'This post is no longer available at its source (reason unknown)',
    )
  })

  it('formats dates per locale and shows unparsable ones as written', () => {
    const iso = '2024-04-30T08:00:00.000Z'
    expect(rendererStrings('en').formatDate(iso)).toMatch(/Apr \d+, 2024/)
    expect(rendererStrings('fr').formatDate(iso)).toMatch(/\d+ avr\. 2024/)
    expect(rendererStrings('en').formatDate('not a date')).toBe('not a date')
  })

  it('labels sources', () => {
    const en = rendererStrings('en')
    expect(en.sourceLabel('mastodon')).toBe('Mastodon')
    expect(en.sourceLabel('bluesky')).toBe('Bluesky')
    expect(en.sourceLabel('sample')).toBe('Sample')
    expect(rendererStrings('fr').sourceLabel('sample')).toBe('Exemple')
    expect(en.sourceLabel('pixelfed')).toBe('Pixelfed')
    expect(en.sourceLabel('')).toBe('')
  })

  it('builds sentences around names and kinds', () => {
    expect(rendererStrings('en').boostedBy('Alice')).toBe('Boosted by Alice')
    expect(rendererStrings('fr').boostedBy('Alice')).toBe('Partagé par Alice')
    expect(rendererStrings('en').replyingTo('@bob')).toBe('Replying to @bob')
    expect(rendererStrings('fr').replyingTo('@bob')).toBe('En réponse à @bob')
    expect(rendererStrings('fr').mediaRefused('video')).toMatch(/^Vidéo non affichée/)
    expect(rendererStrings('fr').mediaRefused('audio')).toMatch(/^Audio non affiché\s/)
  })

  it('falls back to English for an unknown locale', () => {
    expect(rendererStrings('de' as RendererLocale).viewOriginal).toBe('View original')
  })
})

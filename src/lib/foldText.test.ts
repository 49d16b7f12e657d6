import { describe, expect, it } from 'vitest'
import { foldText } from './foldText'

describe('foldText', () => {
  it('folds case and accents', () => {
    expect(foldText('Sponsorisé À Paris')).toBe('sponsorise a paris')
    expect(foldText('ÉCOLE')).toBe(foldText('école'))
  })

  it('keeps emoji and non-Latin text', () => {
    expect(foldText('Merci 🙏 東京')).toBe('merci 🙏 東京')
  })
})

import { describe, expect, it } from 'vitest'
import { formatCount, formatRate, formulaParts } from './formatFormula'

describe('formula formatting', () => {
  it('prints the parts of the brief’s example in English and French', () => {
    const formula = {
      perPost: [12, 30, 85],
      interactions: 127,
      posts: 3,
      followers: 4210,
      rate: 1.0055,
    }
    expect(formulaParts('en', formula)).toEqual({
      terms: '12 + 30 + 85',
      posts: 3,
      followers: 4210,
      rate: '1.0',
    })
    expect(formulaParts('fr', formula).rate).toBe('1,0')
    expect(formatCount('en', 4210)).toBe('4,210')
    expect(formatCount('fr', 4210).replace(/\s/g, ' ')).toBe('4 210')
  })

  it('keeps two decimals below 1 % and never shows a bare 0', () => {
    expect(formatRate('en', 0.4826)).toBe('0.48')
    expect(formatRate('en', 0)).toBe('0.0')
    expect(formatRate('en', 23.456)).toBe('23.5')
  })
})

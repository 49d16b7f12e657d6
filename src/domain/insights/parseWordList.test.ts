import { describe, expect, it } from 'vitest'
import { formatWordList, parseWordList } from './parseWordList'

describe('parseWordList', () => {
  it('one entry per line: trimmed, lower case, without blanks or duplicates', () => {
    expect(parseWordList('  Merde \n\nTa   gueule\r\nmerde\n  \nÉnervé')).toEqual([
      'merde',
      'ta gueule',
      'énervé',
    ])
    expect(parseWordList('')).toEqual([])
  })

  it('round-trips with formatWordList', () => {
    const words = ['merde', 'ta gueule']
    expect(parseWordList(formatWordList(words))).toEqual(words)
  })
})

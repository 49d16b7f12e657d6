import { describe, expect, it } from 'vitest'
import { repairMojibake, repairMojibakeDeep } from './repairMojibake'

describe('repairMojibake', () => {
  it('reads UTF-8 bytes written as Latin-1 characters back as text, emoji included', () => {
    expect(repairMojibake('Sebasti\u00c3\u00a3o')).toBe('Sebastião')
    expect(repairMojibake('Granada\u00f0\u009f\u0098\u00b5')).toBe('Granada😵')
    expect(repairMojibake('caf\u00c3\u00a9')).toBe('café')
  })

  it('keeps text that was right all along', () => {
    expect(repairMojibake('plain ascii')).toBe('plain ascii')
    expect(repairMojibake('déjà vu')).toBe('déjà vu')
    expect(repairMojibake('Ã is a letter')).toBe('Ã is a letter')
    expect(repairMojibake('already 😵 fine')).toBe('already 😵 fine')
  })

  it('repairs strings at any depth, keys included', () => {
    expect(repairMojibakeDeep({ 't\u00c3\u00adtulo': ['a\u00c3\u00b1o', 3, null] })).toEqual({
      título: ['año', 3, null],
    })
  })
})

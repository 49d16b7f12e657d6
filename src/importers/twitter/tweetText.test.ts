import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { codePointSlicer } from './tweetText'

describe('codePointSlicer', () => {
  it('cuts by code points exactly as an array of code points would, emoji and lone halves included', () => {
    const unit = fc.constantFrom('a', 'é', '👋', '👩🏽‍💻', '\uD83D', '\uDC4B', '&amp;', ' ', '\n')
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), fc.nat(), fc.nat(), (units, x, y) => {
        const text = units.join('')
        const points = Array.from(text)
        const slicer = codePointSlicer(text)
        expect(slicer.length).toBe(points.length)
        const start = x % (points.length + 1)
        const end = start + (y % (points.length + 1 - start))
        expect(slicer.slice(start, end)).toBe(points.slice(start, end).join(''))
      }),
      { numRuns: 500 },
    )
  })
})

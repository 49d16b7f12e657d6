import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { stripsAtBlocks } from './pdfPages'

const block = (top: number, bottom: number) => ({ top, bottom })

describe('stripsAtBlocks', () => {
  it('keeps everything on one page when it fits', () => {
    expect(stripsAtBlocks([block(0, 100), block(116, 400)], 1000, 400)).toEqual([
      { start: 0, end: 400 },
    ])
  })

  it('starts a new page at the block that would not fit, never inside it', () => {
    const blocks = [block(0, 300), block(316, 700), block(716, 1100), block(1116, 1300)]
    expect(stripsAtBlocks(blocks, 1000, 1300)).toEqual([
      { start: 0, end: 716 },
      { start: 716, end: 1300 },
    ])
  })

  it('cuts a block taller than a page at page height', () => {
    expect(stripsAtBlocks([block(0, 100), block(116, 2600)], 1000, 2600)).toEqual([
      { start: 0, end: 116 },
      { start: 116, end: 1116 },
      { start: 1116, end: 2116 },
      { start: 2116, end: 2600 },
    ])
  })

  it('gives an empty feed one page', () => {
    expect(stripsAtBlocks([], 1000, 0)).toHaveLength(1)
  })

  it('covers the feed without gaps, each strip at most a page, cutting a block only if it must', () => {
    const blocksArb = fc
      .array(fc.tuple(fc.integer({ min: 1, max: 2500 }), fc.integer({ min: 0, max: 40 })), {
        maxLength: 30,
      })
      .map((sizes) => {
        let top = 0
        return sizes.map(([height, gap]) => {
          const b = block(top, top + height)
          top += height + gap
          return b
        })
      })
    fc.assert(
      fc.property(blocksArb, fc.integer({ min: 200, max: 1500 }), (blocks, page) => {
        const total = blocks.at(-1)?.bottom ?? 0
        const strips = stripsAtBlocks(blocks, page, total)
        expect(strips[0]!.start).toBe(0)
        expect(strips.at(-1)!.end).toBeGreaterThanOrEqual(total)
        strips.forEach((strip, i) => {
          expect(strip.end - strip.start).toBeLessThanOrEqual(page)
          if (i > 0) expect(strip.start).toBe(strips[i - 1]!.end)
        })
        for (const b of blocks) {
          const cuts = strips.filter((s) => s.start > b.top && s.start < b.bottom)
          // A block is cut only when it is taller than a page.
          if (b.bottom - b.top <= page) expect(cuts).toEqual([])
        }
      }),
    )
  })
})

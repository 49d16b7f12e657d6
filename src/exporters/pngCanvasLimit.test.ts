import { describe, expect, it } from 'vitest'
import { assertCanvasFits, CanvasTooLargeError, MAX_CANVAS_SIDE } from './pngCanvasLimit'

describe('assertCanvasFits', () => {
  it('accepts slides at both pixel ratios, and a side of exactly 16,384 px', () => {
    expect(() => assertCanvasFits(1920, 1080, 2)).not.toThrow()
    expect(() => assertCanvasFits(1080, 1350, 2)).not.toThrow()
    expect(() => assertCanvasFits(8192, 100, 2)).not.toThrow()
  })

  it('refuses, with a clear message, what html-to-image would scale down', () => {
    expect(() => assertCanvasFits(1200, 8193, 2)).toThrow(CanvasTooLargeError)
    expect(() => assertCanvasFits(MAX_CANVAS_SIDE + 1, 10, 1)).toThrow(
      'A 16385 × 10 px image is more than the 16,384 px a browser canvas allows on a side',
    )
    try {
      assertCanvasFits(1200, 40_500, 1)
    } catch (error) {
      expect(error).toMatchObject({ name: 'CanvasTooLargeError', width: 1200, height: 40_500 })
      expect((error as Error).message).toContain('Choose a lower pixel ratio')
    }
    expect.assertions(4)
  })
})

import { afterEach, describe, expect, it } from 'vitest'
import { captureStyleProperties } from './captureStyleProperties'

afterEach(() => {
  document.head.innerHTML = ''
  document.body.innerHTML = ''
})

describe('captureStyleProperties', () => {
  it('lists the longhands author rules and inline styles set, never custom properties', () => {
    const style = document.createElement('style')
    style.textContent =
      '.slide { margin: 0; --accent: red; text-transform: uppercase } @media print { .slide { letter-spacing: 1px } }'
    document.head.append(style)
    const slide = document.createElement('section')
    slide.className = 'slide'
    slide.innerHTML = '<span style="text-decoration-line: underline">x</span>'
    document.body.append(slide)

    const properties = captureStyleProperties(slide)
    expect(properties).toEqual(
      expect.arrayContaining([
        'margin-top',
        'margin-left',
        'text-transform',
        'letter-spacing',
        'text-decoration-line',
        'font-family',
      ]),
    )
    expect(properties.some((name) => name.startsWith('--'))).toBe(false)
    expect(new Set(properties).size).toBe(properties.length)
  })

  it('keeps handing out the same array, grown with stylesheets loaded later', () => {
    const first = captureStyleProperties(document.body)
    const style = document.createElement('style')
    style.textContent = '.late { column-gap: 3px }'
    document.head.append(style)
    const second = captureStyleProperties(document.body)
    // html-to-image caches the first array it sees: later sheets must reach it through that array.
    expect(second).toBe(first)
    expect(first).toContain('column-gap')
  })
})

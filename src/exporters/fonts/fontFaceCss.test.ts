import { describe, expect, it } from 'vitest'
import { slideFontCss, subsetsFor } from './fontFaceCss'
import { INTER_FACES, SLIDE_FONT_FAMILY } from './interFaces'

describe('subsetsFor', () => {
  it('adds latin-ext only when a character needs it', () => {
    expect(subsetsFor('Café crème, déjà vu')).toEqual(['latin'])
    expect(subsetsFor('Łódź and Dvořák')).toEqual(['latin', 'latin-ext'])
  })
})

describe('slideFontCss', () => {
  it('inlines each face of the subsets once, as data URLs', async () => {
    const loaded: string[] = []
    const css = await slideFontCss(['latin'], {
      load: async (url) => {
        loaded.push(url)
        return new Blob(['woff2'], { type: 'font/woff2' })
      },
    })
    const latin = INTER_FACES.filter((face) => face.subset === 'latin')
    expect(loaded).toEqual(latin.map((face) => face.url))
    expect(css.match(/@font-face/g)).toHaveLength(3)
    expect(css).toContain(`font-family:'${SLIDE_FONT_FAMILY}'`)
    for (const weight of [400, 600, 700]) expect(css).toContain(`font-weight:${weight}`)
    const urls = [...css.matchAll(/url\(([^)]+)\)/g)].map((match) => match[1])
    expect(urls).toEqual(Array(3).fill('data:font/woff2;base64,d29mZjI='))
  })
})

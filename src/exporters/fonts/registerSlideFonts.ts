import { INTER_FACES, SLIDE_FONT_FAMILY } from './interFaces'

let registered = false

/**
 * Declares the slide font in this document (Present mode, the PNG exporter's off-screen slides),
 * pointing at the bundled files; the browser downloads only the faces a slide uses.
 */
export const registerSlideFonts = (): void => {
  if (registered || typeof document === 'undefined' || !('fonts' in document)) return
  registered = true
  for (const face of INTER_FACES) {
    document.fonts.add(
      new FontFace(SLIDE_FONT_FAMILY, `url(${face.url}) format('woff2')`, {
        weight: String(face.weight),
        unicodeRange: face.unicodeRange,
        display: 'block',
      }),
    )
  }
}

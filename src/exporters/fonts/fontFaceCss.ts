import { blobToDataUrl } from '../media/blobToDataUrl'
import { INTER_FACES, SLIDE_FONT_FAMILY, type FontFaceFile, type FontSubset } from './interFaces'

/** Gets a bundled font file's bytes; tests hand in their own. */
export type FontFileLoader = (url: string, signal?: AbortSignal) => Promise<Blob>

const fetchFontFile: FontFileLoader = async (url, signal) => {
  const response = await fetch(url, { signal })
  if (!response.ok)
    throw new Error(`The export font ${url} could not be loaded (${response.status}).`)
  return response.blob()
}

// Code points only the latin-ext subset has: Ā–ʺ, Latin Extended Additional, ₠–₫…, Ɫ–Ɀ, ꜡–ꟿ.
const LATIN_EXT_CHARS =
  /[\u0100-\u02ba\u1e00-\u1eff\u20a0-\u20ab\u20ad-\u20c0\u2c60-\u2c7f\ua720-\ua7ff]/u

/** The subsets a text needs: latin always, latin-ext only when a character calls for it. */
export const subsetsFor = (text: string): FontSubset[] =>
  LATIN_EXT_CHARS.test(text) ? ['latin', 'latin-ext'] : ['latin']

const faceRule = (face: FontFaceFile, source: string) =>
  `@font-face{font-family:'${SLIDE_FONT_FAMILY}';font-style:normal;font-weight:${face.weight};` +
  `font-display:block;src:url(${source}) format('woff2');unicode-range:${face.unicodeRange}}`

const cache = new Map<string, Promise<string>>()

/**
 * The slides' @font-face rules with every file inlined as a `data:` URL, built once per export
 * and handed to html-to-image as `fontEmbedCSS` (so it never scans the page's fonts per slide)
 * and to the HTML deck (whose CSP allows fonts from `data:` only). Memoised per subset set:
 * the files never change while the app runs.
 */
export const slideFontCss = (
  subsets: readonly FontSubset[],
  options: { load?: FontFileLoader; signal?: AbortSignal } = {},
): Promise<string> => {
  const load = options.load ?? fetchFontFile
  const faces = INTER_FACES.filter((face) => subsets.includes(face.subset))
  const key = faces.map((face) => face.url).join('|')
  const build = async () => {
    const rules = await Promise.all(
      faces.map(async (face) =>
        faceRule(face, await blobToDataUrl(await load(face.url, options.signal))),
      ),
    )
    return rules.join('\n')
  }
  // Only the real loader is memoised: a test's loader must run.
  if (options.load) return build()
  let css = cache.get(key)
  if (!css) {
    css = build()
    cache.set(key, css)
    css.catch(() => cache.delete(key))
  }
  return css
}

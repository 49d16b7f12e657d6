import latin400 from '@fontsource/inter/files/inter-latin-400-normal.woff2?url'
import latin600 from '@fontsource/inter/files/inter-latin-600-normal.woff2?url'
import latin700 from '@fontsource/inter/files/inter-latin-700-normal.woff2?url'
import latinExt400 from '@fontsource/inter/files/inter-latin-ext-400-normal.woff2?url'
import latinExt600 from '@fontsource/inter/files/inter-latin-ext-600-normal.woff2?url'
import latinExt700 from '@fontsource/inter/files/inter-latin-ext-700-normal.woff2?url'

/**
 * The family the slides ask for (see slides.css). Its own name, so a locally installed "Inter"
 * of another version never stands in for the files we embed.
 */
export const SLIDE_FONT_FAMILY = 'Storyloom Inter'

export type FontSubset = 'latin' | 'latin-ext'

export interface FontFaceFile {
  weight: 400 | 600 | 700
  subset: FontSubset
  /** The bundled woff2 file (a same-origin asset URL once built). */
  url: string
  unicodeRange: string
}

// From @fontsource/inter's own CSS, so each subset is only used for the characters it holds.
const LATIN =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD'
const LATIN_EXT =
  'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF'

/** Inter in the three weights the slides use (600 and 700 also serve 550–750), two subsets. */
export const INTER_FACES: readonly FontFaceFile[] = [
  { weight: 400, subset: 'latin', url: latin400, unicodeRange: LATIN },
  { weight: 600, subset: 'latin', url: latin600, unicodeRange: LATIN },
  { weight: 700, subset: 'latin', url: latin700, unicodeRange: LATIN },
  { weight: 400, subset: 'latin-ext', url: latinExt400, unicodeRange: LATIN_EXT },
  { weight: 600, subset: 'latin-ext', url: latinExt600, unicodeRange: LATIN_EXT },
  { weight: 700, subset: 'latin-ext', url: latinExt700, unicodeRange: LATIN_EXT },
]

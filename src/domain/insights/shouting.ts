/**
 * "Shouting": most of a text's letters are capitals. Only letters that have a case count (Latin,
 * Greek, Cyrillic…, accents included); scripts without case, digits, punctuation and emoji are
 * ignored, and so are the parts of a post that are not the author's prose: links, @mentions and
 * #hashtags.
 */

/** Below this many cased letters a text is too short to judge ("OK", "LOL", "NON !"). */
export const SHOUTING_MIN_LETTERS = 12

/** A capitalised word this short among lower-case words is read as an acronym (NASA, ESA, ONU). */
export const ACRONYM_MAX_LETTERS = 5

export interface ShoutingResult {
  shouting: boolean
  /** Capitals ÷ cased letters counted, 0–1; 0 when nothing was counted. */
  ratio: number
  /** Cased letters counted. */
  letters: number
}

const NOT_PROSE = /(?:https?:\/\/|www\.)\S+|[@#][\p{L}\p{N}_.@-]*[\p{L}\p{N}_]/giu
const WORD = /[\p{L}\p{M}]+/gu

const isUpper = (char: string) => char !== char.toLowerCase() && char === char.toUpperCase()
const isLower = (char: string) => char !== char.toUpperCase() && char === char.toLowerCase()

const caseCounts = (word: string) => {
  let upper = 0
  let lower = 0
  for (const char of word) {
    if (isUpper(char)) upper += 1
    else if (isLower(char)) lower += 1
  }
  return { upper, lower }
}

export const detectShouting = (text: string, threshold: number): ShoutingResult => {
  // NFC so that an accented capital written as letter + combining mark counts once.
  const words = (text.normalize('NFC').replace(NOT_PROSE, ' ').match(WORD) ?? []).map(caseCounts)
  const hasLowerCase = words.some((word) => word.lower > 0)
  let upper = 0
  let letters = 0
  for (const word of words) {
    const cased = word.upper + word.lower
    // Acronyms only stand out among lower-case words; in an all-capitals text they are shouted too.
    const acronym = hasLowerCase && word.lower === 0 && cased >= 2 && cased <= ACRONYM_MAX_LETTERS
    if (acronym) continue
    upper += word.upper
    letters += cased
  }
  const ratio = letters === 0 ? 0 : upper / letters
  return { shouting: letters >= SHOUTING_MIN_LETTERS && ratio >= threshold, ratio, letters }
}

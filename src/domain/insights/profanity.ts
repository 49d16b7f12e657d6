import { foldText } from '../../lib/foldText'
import { CHARTER_LANGUAGES, type CharterLanguage } from './charter'

/**
 * "Strong language": words of the charter's lists found in a text. Whole words only ("class"
 * never matches "ass"), ignoring case and accents ("Enfoire" matches "enfoiré"), with a plural
 * -s or -x ("connards", "couillons"), and French elisions split off ("d'abruti" → "abruti").
 * A list entry of several words ("ta gueule") matches those words in a row.
 */

/** Lower case, accents removed, typographic apostrophes made plain. */
export const foldWord = (text: string): string => foldText(text.replace(/[’ʼ‘`´]/g, "'"))

const NOT_PROSE = /(?:https?:\/\/|www\.)\S+|@[\p{L}\p{N}_.@-]*[\p{L}\p{N}_]/giu
// Apostrophes separate words too, which splits French elisions (l', d', qu', j', n', s', t', m').
const WORDS = /[\p{L}\p{N}]+/gu

const tokens = (text: string): string[] => foldWord(text).replace(NOT_PROSE, ' ').match(WORDS) ?? []

const sameWord = (token: string, word: string): boolean =>
  token === word || token === `${word}s` || token === `${word}x`

/** The language lists that apply to a post: its own language's, or every list when unknown. */
export const listsFor = (
  words: Readonly<Record<CharterLanguage, readonly string[]>>,
  language: string | undefined,
): string[] => {
  const primary = language?.toLowerCase().split('-')[0]
  const own = CHARTER_LANGUAGES.find((candidate) => candidate === primary)
  // A post tagged in one language is only checked against that list: "cons" is a French insult
  // but an English plural ("pros and cons"). Untagged or other-language posts get every list.
  return own ? [...words[own]] : CHARTER_LANGUAGES.flatMap((candidate) => words[candidate])
}

/** The entries of `list` found in `text`, each once, in list order, as written in the list. */
export const findProfanity = (text: string, list: readonly string[]): string[] => {
  const found = tokens(text)
  if (found.length === 0) return []
  const matched: string[] = []
  for (const entry of list) {
    const parts = tokens(entry)
    if (parts.length === 0 || matched.includes(entry)) continue
    const hit = found.some((_, start) =>
      parts.every((part, offset) => {
        const token = found[start + offset]
        // Only the last word of a phrase takes a plural ("trous du cul" is rare; "cons" is not).
        return (
          token !== undefined &&
          (offset === parts.length - 1 ? sameWord(token, part) : token === part)
        )
      }),
    )
    if (hit) matched.push(entry)
  }
  return matched
}

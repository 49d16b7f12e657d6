/**
 * Accent- and case-folds a text like `foldText`, and remembers where each folded character came
 * from, so a match found in the folded text can be quoted as the author wrote it.
 */
export interface FoldedText {
  folded: string
  /** `origin[i]` is the index in the original text of the character that gave `folded[i]`. */
  origin: number[]
}

export const foldWithOffsets = (text: string): FoldedText => {
  const pieces: string[] = []
  const origin: number[] = []
  let index = 0
  for (const char of text) {
    // ASCII needs no decomposition: the common case stays cheap on long posts.
    const piece =
      char.charCodeAt(0) < 0x80
        ? char.toLowerCase()
        : char
            .normalize('NFD')
            .replace(/\p{Diacritic}/gu, '')
            .toLowerCase()
    for (let k = 0; k < piece.length; k += 1) origin.push(index)
    pieces.push(piece)
    index += char.length
  }
  origin.push(index)
  return { folded: pieces.join(''), origin }
}

/** The original text behind the folded range [start, end). */
export const originalSlice = (text: string, { origin }: FoldedText, start: number, end: number) =>
  text.slice(origin[start], origin[end] ?? text.length)

import type { ComposeTarget } from './composeLinks'

/** How long a post may be on each network, in that network's own unit; e-mail has no limit. */
export const MESSAGE_LIMITS: Record<ComposeTarget, number> = {
  mastodon: 500,
  bluesky: 300,
  x: 280,
  email: Number.POSITIVE_INFINITY,
}

let graphemes: Intl.Segmenter | undefined

/** Bluesky counts graphemes: a family emoji or an accented letter is one. */
export const graphemeLength = (text: string): number => {
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })
  let count = 0
  for (const _segment of graphemes.segment(text)) count += 1
  return count
}

// twitter-text v3: these code point ranges weigh 1, everything else (CJK, emoji…) weighs 2.
const X_LIGHT_RANGES: readonly [number, number][] = [
  [0x0000, 0x10ff],
  [0x2000, 0x200d],
  [0x2010, 0x201f],
  [0x2032, 0x2037],
]

/**
 * X's weighted length. Each code point of an emoji sequence is counted (X counts the sequence
 * as 2), so the result can only be too long, never too short: a message we call fitting fits.
 */
export const xWeightedLength = (text: string): number => {
  let length = 0
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    length += X_LIGHT_RANGES.some(([from, to]) => code >= from && code <= to) ? 1 : 2
  }
  return length
}

/**
 * Mastodon counts characters (code points) and counts a remote mention as its local part only;
 * counting the whole `@user@server` can only overestimate, which keeps us under the limit.
 */
export const codePointLength = (text: string): number => [...text].length

export const messageLength = (target: ComposeTarget, text: string): number => {
  switch (target) {
    case 'bluesky':
      return graphemeLength(text)
    case 'x':
      return xWeightedLength(text)
    default:
      return codePointLength(text)
  }
}

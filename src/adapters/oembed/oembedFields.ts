/**
 * Readers for the fields of an oEmbed answer. Providers bend the spec (TikTok sends "100%" as a
 * width, X a string `cache_age`), and every string is untrusted text shown to readers.
 */

/**
 * Invisible format characters (bidi embeddings, overrides and isolates U+202A–U+202E,
 * U+2066–U+2069, zero-width spaces, BOM…) and control characters: a name like Flickr's
 * "\u202e\u202d\u202cbees" could reorder the text around it. ZWNJ and ZWJ stay (Persian words and
 * emoji sequences need them), and so do tabs and line breaks.
 */
const INVISIBLE_CHARACTERS = /(?![\t\n\r\u200c\u200d])[\p{Cc}\p{Cf}]/gu

/** Text with format and control characters removed and outer spaces trimmed. */
export const cleanText = (text: string): string => text.replace(INVISIBLE_CHARACTERS, '').trim()

/** A string field, cleaned; undefined when absent, not a string, or empty once cleaned. */
export const readText = (value: unknown): string | undefined => {
  if (typeof value !== 'string') return undefined
  const text = cleanText(value)
  return text === '' ? undefined : text
}

/**
 * A width or height in pixels. Numbers and numeric strings are read; "100%", null and anything
 * else are dropped: a relative size says nothing about the player's shape.
 */
export const readDimension = (value: unknown): number | undefined => {
  const number =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\s*\d+(?:\.\d+)?\s*$/.test(value)
        ? Number(value)
        : undefined
  if (number === undefined || !Number.isFinite(number) || number <= 0) return undefined
  return Math.round(number)
}

/** An absolute http(s) URL, or undefined: never a relative path, `javascript:` or `data:`. */
export const readHttpUrl = (value: unknown): string | undefined => {
  if (typeof value !== 'string') return undefined
  try {
    const url = new URL(value.trim())
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined
  } catch {
    return undefined
  }
}

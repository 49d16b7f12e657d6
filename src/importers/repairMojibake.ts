/**
 * Meta's "Download your information" JSON writes every UTF-8 byte as its own `\u00XX` code
 * point, so "ã" arrives as "Ã£" and an emoji as four Latin-1 characters. Taking each character
 * back as a byte and decoding UTF-8 restores the text; anything that does not decode cleanly
 * (a string that was right all along) is kept as it is.
 */
const decoder = new TextDecoder('utf-8', { fatal: true })

// Only strings with a byte that starts a multi-byte UTF-8 sequence can be mojibake.
const MAY_BE_MOJIBAKE = /[\u00c2-\u00f4]/

export const repairMojibake = (text: string): string => {
  if (!MAY_BE_MOJIBAKE.test(text)) return text
  const bytes = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i)
    // A character beyond Latin-1 cannot be a byte: the text was decoded right.
    if (code > 0xff) return text
    bytes[i] = code
  }
  try {
    return decoder.decode(bytes)
  } catch {
    return text
  }
}

/** Every string in a parsed JSON value repaired (keys too, which Meta encodes the same way). */
export const repairMojibakeDeep = (value: unknown): unknown => {
  if (typeof value === 'string') return repairMojibake(value)
  if (Array.isArray(value)) return value.map(repairMojibakeDeep)
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value))
      out[repairMojibake(key)] = repairMojibakeDeep(item)
    return out
  }
  return value
}

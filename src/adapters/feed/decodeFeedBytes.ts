import { FeedFormatError } from './feedFormatError'

/**
 * Bytes of a feed as text. The order follows XML 1.0 Appendix F and RFC 7303 as browsers
 * apply them in practice: a byte-order mark wins, then the XML declaration's `encoding`, then
 * the HTTP `charset`, then UTF-8.
 */

const BOMS: Array<{ bytes: number[]; encoding: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
]

const startsWith = (bytes: Uint8Array, prefix: number[]): boolean =>
  prefix.every((byte, index) => bytes[index] === byte)

/** The declaration is ASCII whatever the encoding that follows (UTF-16 aside, which has a BOM). */
const declaredEncoding = (bytes: Uint8Array): string | undefined => {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024))
  const declaration = /<\?xml\s[^>]*?encoding\s*=\s*["']([^"']+)["']/i.exec(head)
  return declaration?.[1]?.trim()
}

/** `charset` of a Content-Type header (`text/xml; charset="iso-8859-1"`). */
export const charsetOf = (contentType: string | undefined): string | undefined => {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '')
  return match?.[1]
}

const decoderFor = (label: string, where: string): TextDecoder => {
  try {
    return new TextDecoder(label)
  } catch {
    throw new FeedFormatError(
      'unknown-encoding',
      `The feed's ${where} names the text encoding "${label.slice(0, 40)}", which this browser cannot read.`,
      label.slice(0, 40),
    )
  }
}

export interface DecodedFeed {
  text: string
  /** The WHATWG name of the encoding used, e.g. `windows-1252` for ISO-8859-1. */
  encoding: string
}

/**
 * Nothing names the encoding: UTF-8 as XML says, unless the bytes cannot be UTF-8, which in
 * practice means an old Latin-1 feed (read as windows-1252, its superset, as browsers do).
 */
const undeclared = (bytes: Uint8Array): DecodedFeed => {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' }
  }
}

export const decodeFeedBytes = (bytes: Uint8Array, contentType?: string): DecodedFeed => {
  for (const bom of BOMS) {
    if (startsWith(bytes, bom.bytes)) {
      const decoder = new TextDecoder(bom.encoding, { ignoreBOM: false })
      return { text: decoder.decode(bytes), encoding: decoder.encoding }
    }
  }
  const declared = declaredEncoding(bytes)
  const charset = charsetOf(contentType)
  if (!declared && !charset) return undeclared(bytes)
  const decoder = declared
    ? decoderFor(declared, 'XML declaration')
    : decoderFor(charset ?? 'utf-8', 'HTTP Content-Type')
  // A declaration that says UTF-16 without a BOM was necessarily read as ASCII: it lies.
  if (decoder.encoding.startsWith('utf-16'))
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' }
  return { text: decoder.decode(bytes), encoding: decoder.encoding }
}

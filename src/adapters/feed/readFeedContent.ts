import type { FeedContent } from './feedModel'
import { attr, rawText } from './xmlNode'
import { hasChildElements, unwrapXhtmlDiv, xmlInnerMarkup, xmlTextContent } from './xmlText'

const decodeBase64 = (text: string): string | undefined => {
  try {
    const binary = atob(text.replace(/\s+/g, ''))
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0))
    return new TextDecoder('utf-8').decode(bytes)
  } catch {
    return undefined
  }
}

const content = (kind: FeedContent['kind'], value: string): FeedContent | undefined => {
  const trimmed = value.trim()
  return trimmed === '' ? undefined : { kind, value: trimmed }
}

const isXmlType = (type: string) =>
  type === 'xhtml' || type.endsWith('/xml') || type.endsWith('+xml')

/**
 * An Atom text construct or `content` (RFC 4287 §3.1, §4.1.3, and Atom 0.3's `mode`):
 * `text` is plain, `html` is escaped markup, `xhtml` is inline markup in a wrapping div,
 * any other media type is base64.
 */
export const readAtomContent = (node: unknown): FeedContent | undefined => {
  if (node === undefined) return undefined
  const raw = rawText(node)
  const type = (attr(node, 'type') ?? 'text').toLowerCase()
  const mode = attr(node, 'mode')?.toLowerCase()
  if (mode === 'base64') return readBase64(raw)
  if (mode === 'xml' || isXmlType(type)) return content('html', unwrapXhtmlDiv(xmlInnerMarkup(raw)))
  if (type === 'html' || type === 'text/html') return content('html', xmlTextContent(raw))
  if (type === 'text' || type.startsWith('text/')) return content('text', xmlTextContent(raw))
  return readBase64(raw)
}

/**
 * Base64 content of another media type. Shown as HTML (sanitised like any), which is how
 * feedparser reads it too: the decoded bytes are usually HTML a server chose to encode.
 */
const readBase64 = (raw: string): FeedContent | undefined => {
  const decoded = decodeBase64(xmlTextContent(raw))
  return decoded === undefined ? undefined : content('html', decoded)
}

/**
 * An RSS `description` or `content:encoded`: escaped or CDATA HTML, or (in sloppy feeds)
 * literal markup, which the parser hands over raw and which is HTML already.
 */
export const readRssHtml = (node: unknown): FeedContent | undefined => {
  if (node === undefined) return undefined
  const raw = rawText(node)
  return content('html', hasChildElements(raw) ? xmlInnerMarkup(raw) : xmlTextContent(raw))
}

/**
 * Text of XML the parser left raw: we parse with entity expansion off (no DOCTYPE entities, so
 * no billion laughs) and decode here only what XML itself defines: the five built-in entities
 * and numeric character references. Anything else (`&nbsp;`, a DOCTYPE entity) stays as
 * written.
 */

const BUILT_IN: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

const ENTITY = /&(?:#x([0-9a-f]+)|#(\d+)|([a-z]+));/gi

const codePoint = (value: number, original: string): string =>
  value > 0 && value <= 0x10ffff && !(value >= 0xd800 && value <= 0xdfff)
    ? String.fromCodePoint(value)
    : original

/** Built-in entities and character references decoded; a lone `&` is kept. */
export const decodeXmlEntities = (text: string): string =>
  text.includes('&')
    ? text.replace(ENTITY, (whole, hex?: string, decimal?: string, name?: string) => {
        if (hex !== undefined) return codePoint(parseInt(hex, 16), whole)
        if (decimal !== undefined) return codePoint(Number(decimal), whole)
        return BUILT_IN[name ?? ''] ?? whole
      })
    : text

const PIECES = /<!\[CDATA\[([\s\S]*?)\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<[^>]*>|[^<]+|</g

/**
 * The text content of an XML fragment: CDATA sections as they are, tags and comments
 * dropped, everything else entity-decoded.
 */
export const xmlTextContent = (raw: string): string => {
  let out = ''
  for (const match of raw.matchAll(PIECES)) {
    const piece = match[0]
    if (match[1] !== undefined) out += match[1]
    else if (!piece.startsWith('<') || piece === '<') out += decodeXmlEntities(piece)
  }
  return out
}

/** Whether a raw fragment holds child elements outside its CDATA sections. */
export const hasChildElements = (raw: string): boolean =>
  /<[a-z_]/i.test(raw.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, ''))

const escapeText = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * Inline markup (Atom xhtml, RSS descriptions with literal tags) as HTML: CDATA sections
 * become escaped text, the rest is markup already. The sanitiser parses it afterwards.
 */
export const xmlInnerMarkup = (raw: string): string =>
  raw.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_whole, text: string) => escapeText(text))

/** Atom xhtml content wraps its markup in one `<div xmlns="…xhtml">`, which is not content. */
export const unwrapXhtmlDiv = (markup: string): string => {
  const match = /^\s*<(?:[a-z]+:)?div\b[^>]*>([\s\S]*)<\/(?:[a-z]+:)?div>\s*$/i.exec(markup)
  return match ? (match[1] ?? '') : markup
}

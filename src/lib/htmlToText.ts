/**
 * Plain text of post HTML, for search, Markdown and screen readers: paragraphs become blank
 * lines, `<br>` and list items new lines, images their alt text. Parsing happens in an inert
 * document (DOMParser), so nothing in the markup loads or runs.
 */

const PARAGRAPH_LIKE = new Set([
  'P',
  'DIV',
  'BLOCKQUOTE',
  'PRE',
  'UL',
  'OL',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'TABLE',
  'FIGURE',
])
const LINE_LIKE = new Set(['LI', 'TR', 'DT', 'DD', 'FIGCAPTION'])
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'TITLE'])

class TextBuilder {
  private text = ''

  /** Inline text: runs of whitespace collapse to one space, none at the start of a line. */
  inline(value: string): void {
    const collapsed = value.replace(/\s+/g, ' ')
    this.text += this.text === '' || this.text.endsWith('\n') ? collapsed.trimStart() : collapsed
  }

  /** Preformatted text, kept as written. */
  verbatim(value: string): void {
    this.text += value
  }

  /** Ends the current line, keeping at most `count` newlines in a row. */
  breakLines(count: 1 | 2): void {
    this.text = this.text.replace(/ +$/, '')
    if (this.text === '') return
    const trailing = /\n*$/.exec(this.text)?.[0].length ?? 0
    if (trailing < count) this.text += '\n'.repeat(count - trailing)
  }

  lineBreak(): void {
    this.text = this.text.replace(/ +$/, '')
    this.text += '\n'
  }

  toString(): string {
    return this.text.replace(/ +\n/g, '\n').trim()
  }
}

const walk = (node: Node, out: TextBuilder, inPre: boolean): void => {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === Node.TEXT_NODE) {
      const value = child.nodeValue ?? ''
      if (inPre) out.verbatim(value)
      else out.inline(value)
      continue
    }
    if (child.nodeType !== Node.ELEMENT_NODE) continue
    const element = child as Element
    const name = element.nodeName.toUpperCase()
    if (SKIPPED.has(name)) continue
    if (name === 'BR') {
      out.lineBreak()
    } else if (name === 'IMG') {
      out.inline(element.getAttribute('alt') ?? '')
    } else if (PARAGRAPH_LIKE.has(name)) {
      out.breakLines(2)
      walk(element, out, inPre || name === 'PRE')
      out.breakLines(2)
    } else if (LINE_LIKE.has(name)) {
      out.breakLines(1)
      walk(element, out, inPre)
      out.breakLines(1)
    } else {
      walk(element, out, inPre)
    }
  }
}

/** Without a DOM, tags go and the common entities are decoded. */
const fallback = (html: string): string =>
  html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p>\s*<p[^>]*>/gi, '\n\n')
    .replace(/<[^>]*>?/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim()

export const htmlToText = (html: string): string => {
  if (typeof DOMParser === 'undefined') return fallback(html)
  const body = new DOMParser().parseFromString(html, 'text/html').body
  const out = new TextBuilder()
  walk(body, out, false)
  return out.toString()
}

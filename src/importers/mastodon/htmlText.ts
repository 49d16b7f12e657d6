/**
 * Plain text of Mastodon's status HTML without a DOM (the import runs in a worker): only for
 * search and screen readers, never shown as HTML. Paragraphs become blank lines, `<br>` new lines.
 */
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
}

const decodeEntities = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1))
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : whole
    }
    return NAMED[name.toLowerCase()] ?? whole
  })

export const statusHtmlToText = (html: string): string =>
  decodeEntities(
    html
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/p>\s*<p[^>]*>/gi, '\n\n')
      // Mastodon hides the scheme and the tail of long links in `invisible` spans; the text keeps them.
      .replace(/<[^>]*>/g, ''),
  ).trim()

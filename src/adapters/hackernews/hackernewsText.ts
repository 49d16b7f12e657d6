const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

const decodeEntities = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith('#')) {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1))
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : entity
    }
    return ENTITIES[name.toLowerCase()] ?? entity
  })

/**
 * HN's `text` as plain text: `<p>` separates paragraphs (HN never closes it), links keep their
 * visible text, entities are decoded.
 */
export const hackerNewsPlainText = (html: string): string =>
  decodeEntities(html.replace(/<p>/gi, '\n\n').replace(/<[^>]*>/g, ''))
    .replace(/\n{3,}/g, '\n\n')
    .trim()

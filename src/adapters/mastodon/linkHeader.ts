export interface WebLink {
  url: string
  rels: string[]
}

/**
 * The links of an RFC 8288 `Link` header: `<url>; rel="next", <url>; rel="prev"`. Quoted
 * parameter values may hold commas and semicolons, so the header is scanned rather than split.
 * Relative targets resolve against `base` (the URL that was requested).
 */
export const parseLinkHeader = (header: string | null | undefined, base?: string): WebLink[] => {
  if (!header) return []
  const links: WebLink[] = []
  let index = 0
  while (index < header.length) {
    const open = header.indexOf('<', index)
    if (open === -1) break
    const close = header.indexOf('>', open + 1)
    if (close === -1) break
    const target = header.slice(open + 1, close).trim()
    // Parameters run to the next comma outside quotes.
    let cursor = close + 1
    let inQuotes = false
    let params = ''
    for (; cursor < header.length; cursor += 1) {
      const char = header[cursor]
      if (char === '\\' && inQuotes) {
        params += header[cursor + 1] ?? ''
        cursor += 1
        continue
      }
      if (char === '"') inQuotes = !inQuotes
      else if (char === ',' && !inQuotes) break
      params += char
    }
    index = cursor + 1
    let url: string
    try {
      url = new URL(target, base).href
    } catch {
      continue
    }
    const rels: string[] = []
    for (const param of params.split(';')) {
      const match = /^\s*rel\s*=\s*"?([^"]*)"?\s*$/i.exec(param)
      if (match?.[1]) rels.push(...match[1].toLowerCase().split(/\s+/).filter(Boolean))
    }
    links.push({ url, rels })
  }
  return links
}

/** The `rel="next"` target, if the header names one. */
export const nextLinkUrl = (header: string | null | undefined, base?: string): string | undefined =>
  parseLinkHeader(header, base).find((link) => link.rels.includes('next'))?.url

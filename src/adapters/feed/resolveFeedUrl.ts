/** An absolute http(s) URL from a feed's href, resolved against its base; else undefined. */
export const resolveFeedUrl = (
  href: string | undefined,
  base: string | undefined,
): string | undefined => {
  if (href === undefined || href.trim() === '') return undefined
  try {
    const url = base === undefined ? new URL(href.trim()) : new URL(href.trim(), base)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined
  } catch {
    return undefined
  }
}

/** A base for relative links: an `xml:base` resolved against the outer base. */
export const withXmlBase = (xmlBase: string | undefined, outer: string | undefined) =>
  resolveFeedUrl(xmlBase, outer) ?? outer

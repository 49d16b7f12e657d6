/**
 * Relative links and images in feed content made absolute against the item's base (its
 * xml:base, else the feed address), so the sanitiser, which drops relative URLs, keeps them.
 * Parsing happens in an inert document: nothing in the markup loads or runs.
 */
export const resolveContentLinks = (html: string, base: string | undefined): string => {
  if (base === undefined || typeof DOMParser === 'undefined') return html
  if (!/\s(?:href|src)\s*=/i.test(html)) return html
  const body = new DOMParser().parseFromString(html, 'text/html').body
  for (const element of Array.from(body.querySelectorAll('[href], [src]'))) {
    for (const name of ['href', 'src']) {
      const value = element.getAttribute(name)
      if (value === null || /^[a-z][a-z\d+.-]*:/i.test(value.trim())) continue
      try {
        element.setAttribute(name, new URL(value.trim(), base).href)
      } catch {
        element.removeAttribute(name)
      }
    }
  }
  return body.innerHTML
}

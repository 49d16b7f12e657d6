/**
 * The `src` of the first iframe in a provider's embed HTML. The HTML is parsed inside a
 * <template>, whose content belongs to an inert document (no script runs, nothing loads), and is
 * never inserted anywhere: the address is all we keep, and only after `safePlayerUrl` accepts it.
 */
export const iframeSrcFromHtml = (html: unknown): string | undefined => {
  if (typeof html !== 'string' || html.trim() === '') return undefined
  // Without a DOM (a script outside the browser) there is no safe parser: no player, card only.
  if (typeof document === 'undefined') return undefined
  const template = document.createElement('template')
  template.innerHTML = html
  const src = template.content.querySelector('iframe[src]')?.getAttribute('src')
  return src === null || src === undefined || src.trim() === '' ? undefined : src
}

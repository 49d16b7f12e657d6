import { escapeHtml } from '../../lib/escapeHtml'
import { sanitizePostHtml } from '../../lib/sanitizeHtml'
import { unescapeLegacy } from './redditFields'

export const REDDIT_ORIGIN = 'https://www.reddit.com'

/** Without `raw_json=1` Reddit sends its HTML escaped once (`&lt;div class="md"&gt;…`). */
const isLegacyEscaped = (html: string): boolean => /^\s*&lt;/.test(html)

/**
 * Reddit's rendered Markdown, safe to show: unescaped when it came escaped, Reddit's own
 * relative links (`/r/x`, `/u/y`) made absolute so the sanitiser keeps them, then sanitised.
 */
export const redditBodyHtml = (html: string): string => {
  const raw = isLegacyEscaped(html) ? unescapeLegacy(html) : html
  const absolute = raw.replace(/href="\/(?![/\\])/g, `href="${REDDIT_ORIGIN}/`)
  return sanitizePostHtml(absolute)
}

/** Plain text as paragraphs, for bodies that came without HTML. */
export const plainTextHtml = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('')

/** The title in bold above the body, as Reddit shows a post. */
export const titledHtml = (title: string, bodyHtml: string): string =>
  sanitizePostHtml(`<p><strong>${escapeHtml(title)}</strong></p>${bodyHtml}`)

import { escapeHtml } from '../../lib/escapeHtml'
import { sanitizePostHtml } from '../../lib/sanitizeHtml'

/** A bare http(s) URL, without the punctuation or Markdown marks that usually follow one. */
const AUTOLINK = /https?:\/\/[^\s<>"'()[\]]*[^\s<>"'()[\].,;:!?*_]/g

/** Escapes the text and makes its bare links clickable (each piece escaped on its own). */
const paragraphHtml = (text: string): string => {
  let html = ''
  let last = 0
  for (const match of text.matchAll(AUTOLINK)) {
    const url = match[0]
    html += escapeHtml(text.slice(last, match.index))
    html += `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`
    last = match.index + url.length
  }
  html += escapeHtml(text.slice(last))
  return html.replace(/\n/g, '<br>')
}

/**
 * Lemmy bodies are Markdown. Without a Markdown library we show them safely and readably:
 * every character escaped, blank lines as paragraphs, line breaks kept, bare http(s) links
 * made clickable. Emphasis and other marks stay as the author typed them.
 */
export const lemmyMarkdownToHtml = (markdown: string): string =>
  sanitizePostHtml(
    markdown
      .replace(/\r\n?/g, '\n')
      .split(/\n[ \t]*\n/)
      .map((paragraph) => paragraph.trim())
      .filter((paragraph) => paragraph !== '')
      .map((paragraph) => `<p>${paragraphHtml(paragraph)}</p>`)
      .join(''),
  )

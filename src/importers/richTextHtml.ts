/**
 * HTML built from plain text by us, safe by construction: every piece of text is escaped and
 * the only markup is `<p>`, `<br>` and links whose href is an http(s) URL we checked. Runs in
 * the import worker, where there is no DOM to sanitise with.
 */

import { escapeHtml } from '../lib/escapeHtml'

export const LINK_REL = 'noopener noreferrer ugc'

// Already in the form URL parsing would give (lowercase host, a path, no dot segments, only
// characters that need no escaping): taken as it is, because imports check hundreds of
// thousands of links and parsing each costs more than the rest of the mapping.
const CANONICAL_HTTP_URL =
  /^https?:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)*\/(?!.*\/\.\.?(?:[/?#]|$))[\w\-.~%!$&'()*+,;=:@/?#]*$/

/** The URL, normalised, when it is absolute http(s); anything else is not worth a link. */
export const httpUrl = (value: unknown): string | undefined => {
  if (typeof value !== 'string' || value === '') return undefined
  if (CANONICAL_HTTP_URL.test(value)) return value
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined
  } catch {
    return undefined
  }
}

/** A run of text, linked or not. */
export interface RichTextPiece {
  text: string
  href?: string
  className?: 'mention' | 'hashtag'
}

const lines = (text: string): string => {
  const escaped = escapeHtml(text)
  return escaped.includes('\n') ? escaped.replace(/\r?\n/g, '<br>') : escaped
}

const renderLink = (text: string, safe: string, className: RichTextPiece['className']): string => {
  const classAttr = className ? ` class="${className}"` : ''
  return `<a href="${escapeHtml(safe)}" rel="${LINK_REL}" target="_blank"${classAttr}>${lines(text)}</a>`
}

/** Pieces as paragraphs: blank lines in plain text split them, single newlines become `<br>`. */
export const piecesToHtml = (pieces: readonly RichTextPiece[]): string => {
  const paragraphs: string[][] = [[]]
  for (const piece of pieces) {
    const safe = piece.href === undefined ? undefined : httpUrl(piece.href)
    if (safe) {
      paragraphs.at(-1)?.push(renderLink(piece.text, safe, piece.className))
      continue
    }
    if (!piece.text.includes('\n')) {
      if (piece.text !== '') paragraphs.at(-1)?.push(lines(piece.text))
      continue
    }
    piece.text.split(/(?:\r?\n[ \t]*){2,}/).forEach((part, index) => {
      if (index > 0) paragraphs.push([])
      if (part !== '') paragraphs.at(-1)?.push(lines(part))
    })
  }
  return paragraphs
    .map((parts) => parts.join('').replace(/^(?:<br>)+|(?:<br>)+$/g, ''))
    .filter((inner) => inner !== '')
    .map((inner) => `<p>${inner}</p>`)
    .join('')
}

// Exactly what piecesToHtml writes: escaped text (never a raw `<` or `>`), <p>, <br>, and links
// with an http(s) href, our rel and target, and one of our classes. Each tag starts with `<`,
// which text cannot hold, so the match is linear.
const TEXT = '[^<>]*'
const LINK = `<a href="https?://[^"<>\\s]*" rel="${LINK_REL}" target="_blank"(?: class="(?:mention|hashtag)")?>`
const RICH_TEXT_HTML = new RegExp(`^(?:${TEXT}(?:<p>|</p>|<br>|</a>|${LINK}))*${TEXT}$`)

/**
 * Whether `html` has the shape piecesToHtml gives, and so holds nothing a sanitiser would take
 * out: the main thread checks this cheaply instead of running DOMPurify on 100,000 tweets. Any
 * other HTML (a Mastodon status as its server wrote it) fails and is sanitised as usual.
 */
export const isRichTextHtml = (html: string): boolean => RICH_TEXT_HTML.test(html)

export const piecesToText = (pieces: readonly RichTextPiece[]): string =>
  pieces.map((piece) => piece.text).join('')

// Stops before trailing punctuation that usually ends the sentence, not the URL.
const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]}'’”]/g

/** Plain text with its bare http(s) URLs linked, for sources that give no entities. */
const autolinkPieces = (text: string): RichTextPiece[] => {
  const pieces: RichTextPiece[] = []
  let cursor = 0
  for (const match of text.matchAll(URL_IN_TEXT)) {
    const start = match.index
    if (start > cursor) pieces.push({ text: text.slice(cursor, start) })
    pieces.push({ text: match[0], href: match[0] })
    cursor = start + match[0].length
  }
  if (cursor < text.length) pieces.push({ text: text.slice(cursor) })
  return pieces
}

export const plainTextToHtml = (text: string): string => piecesToHtml(autolinkPieces(text))

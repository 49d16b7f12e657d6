import { escapeHtml } from '../../lib/escapeHtml'
import { sanitizePostHtml } from '../../lib/sanitizeHtml'
import { BSKY_WEB, isDid } from './atUri'
import type { RawFacet, RawFacetFeature } from './rawTypes'

const LINK = 'app.bsky.richtext.facet#link'
const MENTION = 'app.bsky.richtext.facet#mention'
const TAG = 'app.bsky.richtext.facet#tag'

interface Span {
  start: number
  end: number
  href: string
  className?: 'mention' | 'hashtag'
}

type Token = { text: string; link?: { href: string; className?: string } }

const encoder = new TextEncoder()
const decoder = new TextDecoder()

const httpUrl = (value: unknown): string | undefined => {
  if (typeof value !== 'string') return undefined
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined
  } catch {
    return undefined
  }
}

/** A tag as the lexicon allows it: no `#`, no whitespace, at most 640 characters. */
const isTag = (value: unknown): value is string =>
  typeof value === 'string' && value !== '' && value.length <= 640 && !/[\s#]/u.test(value)

const linkFor = (feature: RawFacetFeature): Pick<Span, 'href' | 'className'> | undefined => {
  switch (feature.$type) {
    case LINK: {
      const href = httpUrl(feature.uri)
      return href === undefined ? undefined : { href }
    }
    case MENTION:
      return isDid(feature.did)
        ? { href: `${BSKY_WEB}/profile/${feature.did}`, className: 'mention' }
        : undefined
    case TAG:
      return isTag(feature.tag)
        ? { href: `${BSKY_WEB}/hashtag/${encodeURIComponent(feature.tag)}`, className: 'hashtag' }
        : undefined
    default:
      return undefined
  }
}

/** A byte offset that falls inside a multi-byte character would cut it in two. */
const isCharBoundary = (bytes: Uint8Array, offset: number): boolean =>
  offset === bytes.length || ((bytes[offset] ?? 0) & 0xc0) !== 0x80

const spanFor = (facet: RawFacet, bytes: Uint8Array): Span | undefined => {
  const start = facet?.index?.byteStart
  const end = facet?.index?.byteEnd
  if (!Number.isInteger(start) || !Number.isInteger(end)) return undefined
  if (start === undefined || end === undefined) return undefined
  if (start < 0 || end <= start || end > bytes.length) return undefined
  if (!isCharBoundary(bytes, start) || !isCharBoundary(bytes, end)) return undefined
  const features = Array.isArray(facet.features) ? facet.features : []
  for (const feature of features) {
    const link = typeof feature === 'object' && feature !== null ? linkFor(feature) : undefined
    if (link) return { start, end, ...link }
  }
  return undefined
}

/**
 * Valid facets in text order. Facets may not overlap (the lexicon says so, clients do not always
 * obey): the earlier one wins and the later one is dropped rather than nesting links.
 */
const usableSpans = (facets: unknown, bytes: Uint8Array): Span[] => {
  if (!Array.isArray(facets)) return []
  const spans = facets
    .map((facet: RawFacet) => spanFor(facet, bytes))
    .filter((span): span is Span => span !== undefined)
    .sort((a, b) => a.start - b.start || a.end - b.end)
  const kept: Span[] = []
  for (const span of spans) {
    const last = kept.at(-1)
    if (!last || span.start >= last.end) kept.push(span)
  }
  return kept
}

/** Text cut at the facets, each piece decoded from its own UTF-8 bytes. */
const tokenize = (text: string, facets: unknown): Token[] => {
  const bytes = encoder.encode(text)
  const tokens: Token[] = []
  let cursor = 0
  for (const span of usableSpans(facets, bytes)) {
    if (span.start > cursor)
      tokens.push({ text: decoder.decode(bytes.subarray(cursor, span.start)) })
    tokens.push({
      text: decoder.decode(bytes.subarray(span.start, span.end)),
      link: { href: span.href, className: span.className },
    })
    cursor = span.end
  }
  if (cursor < bytes.length) tokens.push({ text: decoder.decode(bytes.subarray(cursor)) })
  return tokens
}

const lines = (text: string): string => escapeHtml(text).replace(/\r?\n/g, '<br>')

const renderToken = ({ text, link }: Token): string => {
  if (!link) return lines(text)
  const className = link.className ? ` class="${link.className}"` : ''
  return `<a href="${escapeHtml(link.href)}"${className}>${lines(text)}</a>`
}

/**
 * Bluesky rich text (`record.text` + `record.facets`) as sanitised HTML: links, mentions and
 * tags become links to their targets, blank lines separate paragraphs, single newlines become
 * `<br>`. Facet offsets are UTF-8 byte offsets, so the text is cut as bytes, not as JS string
 * indices (which count UTF-16 units and drift after any non-ASCII character). Facets that are
 * out of range, overlap an earlier one, cut a character in two or carry an unsafe URL are
 * skipped: their text stays, unlinked.
 */
export const facetsToHtml = (text: string, facets: unknown): string => {
  if (typeof text !== 'string' || text === '') return ''
  const paragraphs: string[][] = [[]]
  for (const token of tokenize(text, facets)) {
    if (token.link) {
      paragraphs.at(-1)?.push(renderToken(token))
      continue
    }
    // Blank lines split paragraphs; only plain text can hold them, links stay whole.
    token.text.split(/(?:\r?\n){2,}/).forEach((piece, index) => {
      if (index > 0) paragraphs.push([])
      if (piece !== '') paragraphs.at(-1)?.push(renderToken({ text: piece }))
    })
  }
  const html = paragraphs
    .map((parts) => parts.join(''))
    .filter((inner) => inner !== '')
    .map((inner) => `<p>${inner}</p>`)
    .join('')
  return sanitizePostHtml(html)
}

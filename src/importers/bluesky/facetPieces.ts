import type { RichTextPiece } from '../richTextHtml'
import { httpUrl } from '../richTextHtml'

const BSKY = 'https://bsky.app'
const DID = /^did:[a-z]+:[a-zA-Z0-9._:%-]+$/

interface Span {
  start: number
  end: number
  href: string
  className?: 'mention' | 'hashtag'
}

const encoder = new TextEncoder()
const decoder = new TextDecoder()

const isBoundary = (bytes: Uint8Array, at: number) =>
  at === bytes.length || ((bytes[at] ?? 0) & 0xc0) !== 0x80

const featureLink = (feature: Record<string, unknown>): Omit<Span, 'start' | 'end'> | undefined => {
  switch (feature.$type) {
    case 'app.bsky.richtext.facet#link': {
      const href = httpUrl(feature.uri)
      return href ? { href } : undefined
    }
    case 'app.bsky.richtext.facet#mention':
      return typeof feature.did === 'string' && DID.test(feature.did)
        ? { href: `${BSKY}/profile/${feature.did}`, className: 'mention' }
        : undefined
    case 'app.bsky.richtext.facet#tag':
      return typeof feature.tag === 'string' && feature.tag !== '' && !/[\s#]/.test(feature.tag)
        ? { href: `${BSKY}/hashtag/${encodeURIComponent(feature.tag)}`, className: 'hashtag' }
        : undefined
    default:
      return undefined
  }
}

/** Old records (2023) carried `entities` with a `type` and `value` instead of facets. */
const legacyLink = (entity: Record<string, unknown>): Omit<Span, 'start' | 'end'> | undefined => {
  if (entity.type === 'link') {
    const href = httpUrl(entity.value)
    return href ? { href } : undefined
  }
  if (entity.type === 'mention' && typeof entity.value === 'string' && DID.test(entity.value))
    return { href: `${BSKY}/profile/${entity.value}`, className: 'mention' }
  return undefined
}

const spansOf = (record: Record<string, unknown>, bytes: Uint8Array): Span[] => {
  const spans: Span[] = []
  const add = (start: unknown, end: unknown, link: Omit<Span, 'start' | 'end'> | undefined) => {
    if (!link || typeof start !== 'number' || typeof end !== 'number') return
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start) return
    if (end > bytes.length || !isBoundary(bytes, start) || !isBoundary(bytes, end)) return
    spans.push({ start, end, ...link })
  }
  for (const facet of Array.isArray(record.facets) ? record.facets : []) {
    const index = (facet as { index?: { byteStart?: unknown; byteEnd?: unknown } })?.index
    const features = (facet as { features?: unknown })?.features
    const link = (Array.isArray(features) ? features : [])
      .map((feature) =>
        typeof feature === 'object' && feature
          ? featureLink(feature as Record<string, unknown>)
          : undefined,
      )
      .find((found) => found !== undefined)
    add(index?.byteStart, index?.byteEnd, link)
  }
  for (const entity of Array.isArray(record.entities) ? record.entities : []) {
    const index = (entity as { index?: { start?: unknown; end?: unknown } })?.index
    add(
      index?.start,
      index?.end,
      typeof entity === 'object' && entity
        ? legacyLink(entity as Record<string, unknown>)
        : undefined,
    )
  }
  return spans.sort((a, b) => a.start - b.start || a.end - b.end)
}

/**
 * A post record's text cut at its facets. Facet offsets count UTF-8 bytes, so the text is cut
 * as bytes and each piece decoded on its own; a facet that overlaps an earlier one, runs past
 * the end or splits a character leaves its text unlinked.
 */
export const facetPieces = (record: Record<string, unknown>): RichTextPiece[] => {
  const text = typeof record.text === 'string' ? record.text : ''
  const bytes = encoder.encode(text)
  const pieces: RichTextPiece[] = []
  let cursor = 0
  for (const span of spansOf(record, bytes)) {
    if (span.start < cursor) continue
    if (span.start > cursor)
      pieces.push({ text: decoder.decode(bytes.subarray(cursor, span.start)) })
    pieces.push({
      text: decoder.decode(bytes.subarray(span.start, span.end)),
      href: span.href,
      ...(span.className ? { className: span.className } : {}),
    })
    cursor = span.end
  }
  if (cursor < bytes.length) pieces.push({ text: decoder.decode(bytes.subarray(cursor)) })
  return pieces
}

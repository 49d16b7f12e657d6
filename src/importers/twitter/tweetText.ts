import { httpUrl, type RichTextPiece } from '../richTextHtml'

/** The parts of a tweet's `entities` we turn into links; indices arrive as strings. */
export interface RawTweetEntities {
  hashtags?: { text?: string; indices?: unknown[] }[]
  symbols?: { text?: string; indices?: unknown[] }[]
  user_mentions?: { screen_name?: string; name?: string; id_str?: string; indices?: unknown[] }[]
  urls?: { url?: string; expanded_url?: string; display_url?: string; indices?: unknown[] }[]
  media?: { url?: string; indices?: unknown[] }[]
}

interface Span {
  start: number
  end: number
  /** Undefined: the span is removed (a media link, the `RT @user: ` prefix). */
  piece?: Omit<RichTextPiece, 'text'> & { text?: string }
}

const X = 'https://x.com'

/** Twitter escapes only these three in `full_text`. */
export const unescapeTweetText = (text: string): string =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')

const indices = (value: { indices?: unknown[] }): [number, number] | undefined => {
  const [start, end] = (value.indices ?? []).map((index) => Number(index))
  if (start === undefined || end === undefined) return undefined
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start)
    return undefined
  return [start, end]
}

const entitySpans = (entities: RawTweetEntities): Span[] => {
  const spans: Span[] = []
  const add = (entity: { indices?: unknown[] }, piece: Span['piece']) => {
    const range = indices(entity)
    if (range) spans.push({ start: range[0], end: range[1], piece })
  }
  for (const tag of entities.hashtags ?? [])
    if (tag.text)
      add(tag, { href: `${X}/hashtag/${encodeURIComponent(tag.text)}`, className: 'hashtag' })
  for (const symbol of entities.symbols ?? [])
    if (symbol.text)
      add(symbol, {
        href: `${X}/search?q=${encodeURIComponent(`$${symbol.text}`)}`,
        className: 'hashtag',
      })
  for (const mention of entities.user_mentions ?? [])
    if (mention.screen_name)
      add(mention, {
        href: `${X}/${encodeURIComponent(mention.screen_name)}`,
        className: 'mention',
      })
  for (const link of entities.urls ?? []) {
    const href = httpUrl(link.expanded_url) ?? httpUrl(link.url)
    // Plain text keeps the full address (searchable, useful in Markdown); the link shows it short.
    if (href) add(link, { href, text: link.expanded_url ?? link.url })
  }
  for (const media of entities.media ?? []) add(media, undefined)
  return spans
}

const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/

/**
 * Cuts a text by code point indices, as Twitter's entities count them. Most tweets have no
 * character outside the BMP and are cut as they are; the others through a table of offsets,
 * rather than an array of one-character strings per tweet (400,000 tweets make that count).
 */
export const codePointSlicer = (
  text: string,
): { length: number; slice: (start: number, end: number) => string } => {
  if (!SURROGATE_PAIR.test(text)) return { length: text.length, slice: (a, b) => text.slice(a, b) }
  const offsets = [0]
  for (let at = 0; at < text.length;) {
    at += text.codePointAt(at)! > 0xffff ? 2 : 1
    offsets.push(at)
  }
  return { length: offsets.length - 1, slice: (a, b) => text.slice(offsets[a], offsets[b]) }
}

/**
 * A tweet's `full_text` as linked pieces. The entity indices count code points in the
 * HTML-escaped text, so the text is cut as an array of code points first and each plain piece
 * is unescaped afterwards. Media links are dropped (the media is shown instead), as is the
 * `RT @user: ` prefix of a retweet (`dropPrefix` code points).
 */
export const tweetPieces = (
  fullText: string,
  entities: RawTweetEntities,
  dropPrefix = 0,
): RichTextPiece[] => {
  const codePoints = codePointSlicer(fullText)
  const spans = entitySpans(entities)
  if (dropPrefix > 0) spans.push({ start: 0, end: dropPrefix })
  spans.sort((a, b) => a.start - b.start || b.end - a.end)
  const pieces: RichTextPiece[] = []
  let cursor = 0
  const plain = (end: number) => {
    if (end > cursor) pieces.push({ text: unescapeTweetText(codePoints.slice(cursor, end)) })
  }
  for (const span of spans) {
    // Out of range or overlapping an earlier span: leave the text as it is.
    if (span.start < cursor || span.end > codePoints.length) continue
    plain(span.start)
    const original = unescapeTweetText(codePoints.slice(span.start, span.end))
    if (span.piece?.href) {
      pieces.push({
        text: span.piece.text ?? original,
        href: span.piece.href,
        ...(span.piece.className ? { className: span.piece.className } : {}),
      })
    }
    cursor = span.end
  }
  plain(codePoints.length)
  // A removed media link leaves the space before it at the end.
  const last = pieces.at(-1)
  if (last && !last.href) last.text = last.text.trimEnd()
  return pieces.filter((piece) => piece.text !== '')
}

/** What the HTML shows for a link: the short `display_url`, the text keeps the full URL. */
export const displayTextFor = (entities: RawTweetEntities): Map<string, string> => {
  const map = new Map<string, string>()
  for (const link of entities.urls ?? []) {
    const href = httpUrl(link.expanded_url) ?? httpUrl(link.url)
    if (href && link.display_url) map.set(href, unescapeTweetText(link.display_url))
  }
  return map
}

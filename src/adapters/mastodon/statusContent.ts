import { htmlToText } from '../../lib/htmlToText'
import { sanitizePostHtml } from '../../lib/sanitizeHtml'
import { absoluteHttpUrl, readArray, readString } from './fieldReaders'
import type { RawCustomEmoji } from './rawTypes'

export interface StatusContent {
  /** Sanitised HTML with custom emoji as images. */
  html: string
  /** Plain text; custom emoji stay `:shortcode:`. */
  text: string
  /** The link of the `RE: …` fallback paragraph Mastodon 4.4+ puts before a quote post. */
  quoteFallbackUrl?: string
}

/** Mastodon's own rule for shortcodes; anything else is left as text. */
const SHORTCODE = /^[A-Za-z0-9_]{2,}$/
// The closing colon is looked ahead, not consumed, so that in `:unknown:blobcat:` the second
// colon can still open `:blobcat:`.
const SHORTCODE_IN_TEXT = /:([A-Za-z0-9_]{2,})(?=:)/g
const EMOJI_CLASS = 'custom-emoji'

/** Shortcode → image URL, for the emoji whose shortcode and URL are both acceptable. */
export const customEmojiMap = (emojis: RawCustomEmoji[] | undefined): Map<string, string> => {
  const map = new Map<string, string>()
  for (const emoji of readArray(emojis)) {
    const shortcode = readString(emoji.shortcode)
    // The static image: an animated one would keep moving in a story and an exported page.
    const url = absoluteHttpUrl(emoji.static_url) ?? absoluteHttpUrl(emoji.url)
    if (shortcode && SHORTCODE.test(shortcode) && url && !map.has(shortcode))
      map.set(shortcode, url)
  }
  return map
}

const parseBody = (html: string): HTMLElement =>
  new DOMParser().parseFromString(html, 'text/html').body

/** Replaces `:shortcode:` in text nodes by emoji images, built with DOM calls, never strings. */
const insertEmojiImages = (root: HTMLElement, emojis: Map<string, string>): void => {
  const document = root.ownerDocument
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  const textNodes: Text[] = []
  for (let node = walker.nextNode(); node; node = walker.nextNode()) textNodes.push(node as Text)
  for (const textNode of textNodes) {
    const value = textNode.data
    const matches = Array.from(value.matchAll(SHORTCODE_IN_TEXT)).filter(
      (match) => match[1] !== undefined && emojis.has(match[1]),
    )
    if (matches.length === 0) continue
    const fragment = document.createDocumentFragment()
    let last = 0
    for (const match of matches) {
      const shortcode = match[1] as string
      const start = match.index
      // In `:a:b:` with `a` replaced, `:b` would reuse the colon that closed `:a:`.
      if (start < last) continue
      fragment.append(value.slice(last, start))
      const image = document.createElement('img')
      image.setAttribute('class', EMOJI_CLASS)
      image.setAttribute('src', emojis.get(shortcode) as string)
      image.setAttribute('alt', `:${shortcode}:`)
      image.setAttribute('title', `:${shortcode}:`)
      fragment.append(image)
      last = start + match[0].length + 1
    }
    fragment.append(value.slice(last))
    textNode.replaceWith(fragment)
  }
}

/**
 * Turns a status's `content` into safe HTML and plain text. The source markup is parsed in an
 * inert document only to take out what we render otherwise (the quote fallback) and images we
 * did not make; sanitising comes next, and again once the emoji images are in.
 */
export const renderStatusContent = (
  content: string,
  emojis: RawCustomEmoji[] | undefined,
  { dropQuoteFallback }: { dropQuoteFallback: boolean },
): StatusContent => {
  if (typeof DOMParser === 'undefined') {
    const html = sanitizePostHtml(content)
    return { html, text: htmlToText(html) }
  }
  const source = parseBody(content)
  let quoteFallbackUrl: string | undefined
  for (const fallback of Array.from(source.querySelectorAll('.quote-inline'))) {
    quoteFallbackUrl ??= absoluteHttpUrl(fallback.querySelector('a[href]')?.getAttribute('href'))
    if (dropQuoteFallback) fallback.remove()
  }
  // Mastodon never sends images in content: any here would come from a hostile server.
  for (const image of Array.from(source.querySelectorAll('img'))) image.remove()

  const clean = sanitizePostHtml(source.innerHTML)
  const text = htmlToText(clean)
  const emojiMap = customEmojiMap(emojis)
  if (emojiMap.size === 0) return { html: clean, text, quoteFallbackUrl }

  const withEmoji = parseBody(clean)
  insertEmojiImages(withEmoji, emojiMap)
  return { html: sanitizePostHtml(withEmoji.innerHTML), text, quoteFallbackUrl }
}

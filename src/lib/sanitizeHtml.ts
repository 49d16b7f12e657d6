/**
 * Post HTML comes from other servers and archives: it is hostile until it has been through here.
 * A dedicated DOMPurify instance keeps our hooks from leaking into anyone else's sanitising.
 */
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify'

const ALLOWED_TAGS = [
  'p',
  'br',
  'a',
  'span',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'del',
  'blockquote',
  'ul',
  'ol',
  'li',
  'code',
  'pre',
  // Only as a custom emoji (class `custom-emoji`, http(s) src); the hooks remove any other image.
  'img',
]

/** Microformat and layout classes Mastodon puts in statuses; anything else could restyle our page. */
const ALLOWED_CLASSES = new Set([
  'mention',
  'hashtag',
  'u-url',
  'h-card',
  'invisible',
  'ellipsis',
  'custom-emoji',
])

/** An inline custom emoji (`:blobcat:`) is the one image post text may carry. */
const EMOJI_CLASS = 'custom-emoji'
/** Attributes that only make sense on that image. */
const IMAGE_ONLY_ATTRS = new Set(['src', 'alt', 'title'])

const ALLOWED_HREF = /^(?:https?|mailto):/i
const BCP47ISH = /^[a-z]{1,8}(?:-[a-z0-9]{1,8})*$/i
const LINK_REL = 'noopener noreferrer ugc'

const CONFIG: Config = {
  ALLOWED_TAGS,
  // rel and target are not allowed from input: the hook below writes our own on every link.
  ALLOWED_ATTR: ['href', 'class', 'lang', 'src', 'alt', 'title'],
  ALLOWED_URI_REGEXP: ALLOWED_HREF,
  // DOMPurify checks every attribute not marked URI-safe against the URI regexp; lang is checked
  // by the hook instead.
  ADD_URI_SAFE_ATTR: ['lang'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  KEEP_CONTENT: true,
}

/** The canonical form of an allowed href (characters such as `<` and `"` percent-encoded). */
const allowedHref = (value: string): string | undefined => {
  try {
    const url = new URL(value)
    return ALLOWED_HREF.test(url.protocol) ? url.href : undefined
  } catch {
    return undefined
  }
}

/** An image source must be an absolute http(s) URL: no data:, blob: or relative paths. */
const allowedImageSrc = (value: string): string | undefined => {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined
  } catch {
    return undefined
  }
}

const createPurifier = (): DOMPurify | undefined => {
  if (typeof window === 'undefined') return undefined
  const purify = createDOMPurify(window)
  if (!purify.isSupported) return undefined
  // Set once instead of handing DOMPurify the config to parse again on every call.
  purify.setConfig(CONFIG)
  purify.addHook('uponSanitizeAttribute', (node, event) => {
    if (IMAGE_ONLY_ATTRS.has(event.attrName) && node.nodeName !== 'IMG') {
      event.keepAttr = false
    } else if (event.attrName === 'src') {
      // DOMPurify lets data: URIs through on <img> whatever the URI regexp says: check it here.
      const src = allowedImageSrc(event.attrValue)
      event.attrValue = src ?? ''
      event.keepAttr = src !== undefined
    } else if (event.attrName === 'class') {
      const kept = event.attrValue.split(/\s+/).filter((name) => ALLOWED_CLASSES.has(name))
      event.attrValue = kept.join(' ')
      event.keepAttr = kept.length > 0
    } else if (event.attrName === 'href') {
      // Beyond the scheme regexp: the value must also parse, so relative and malformed URLs go.
      const href = allowedHref(event.attrValue)
      event.attrValue = href ?? ''
      event.keepAttr = href !== undefined
    } else if (event.attrName === 'lang') {
      event.keepAttr = BCP47ISH.test(event.attrValue)
    }
  })
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A') {
      node.setAttribute('rel', LINK_REL)
      node.setAttribute('target', '_blank')
    } else if (node.nodeName === 'IMG') {
      const isEmoji = node.getAttribute('class') === EMOJI_CLASS && node.hasAttribute('src')
      // Anything else would let a post load pictures (trackers) or cover the page.
      if (!isEmoji) node.remove()
    }
  })
  return purify
}

let purifier: DOMPurify | undefined | null = null

/**
 * Without a DOM (DOMPurify then returns its input unchanged) we fail closed: tags go, and the
 * characters that could open markup or an attribute are escaped.
 */
export const plainTextFallback = (html: string): string =>
  html.replace(/<[^>]*>?/g, ' ').replace(/[<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

// Removing a disallowed wrapper hoists its children, and the re-serialised HTML can then parse
// differently (an <a> inside an <a>, a <p> inside a <p>). Sanitising until the output stops
// changing makes the function idempotent.
const MAX_PASSES = 4

const sanitizeUncached = (html: string): string => {
  purifier ??= createPurifier()
  if (!purifier) return plainTextFallback(html)
  let current = html
  for (let pass = 0; pass < MAX_PASSES; pass += 1) {
    const next = purifier.sanitize(current)
    if (next === current) return next
    current = next
  }
  return current
}

const CACHE_LIMIT = 500
const cache = new Map<string, string>()

/** Post HTML reduced to an allow-list of inline and list markup, with safe links only. */
export const sanitizePostHtml = (html: string): string => {
  const cached = cache.get(html)
  if (cached !== undefined) {
    // Re-insert so the Map's insertion order doubles as least-recently-used order.
    cache.delete(html)
    cache.set(html, cached)
    return cached
  }
  const clean = sanitizeUncached(html)
  if (cache.size >= CACHE_LIMIT) {
    const oldest = cache.keys().next()
    if (!oldest.done) cache.delete(oldest.value)
  }
  cache.set(html, clean)
  return clean
}

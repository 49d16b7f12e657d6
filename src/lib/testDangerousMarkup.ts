/**
 * Test support: lists what in a piece of markup could run script or load active content.
 * It parses the markup rather than grepping it, so text such as "onclick=" in a sentence is not
 * mistaken for an attribute; a few literal checks back the parse up.
 */
const FORBIDDEN_TAGS = new Set([
  'script',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'style',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'frame',
  'frameset',
  'base',
  'meta',
  'link',
  'applet',
  'template',
])

const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'poster',
  'cite',
  'action',
  'formaction',
  'background',
  'srcset',
  'xlink:href',
  'data',
])

// Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:").
const squash = (value: string): string => value.replace(/[\s\p{Cc}]/gu, '').toLowerCase()

const BAD_SCHEME = /^(?:javascript|vbscript|data):/

/** Literal markup a serialiser only writes for a real tag (escaped text has `&lt;`). */
const LITERAL_CHECKS: [RegExp, string][] = [
  [/<script/i, 'literal <script'],
  [/<(?:iframe|object|embed|svg|style|form|math)\b/i, 'literal dangerous tag'],
]

const LITERAL_BAD_URL =
  /(href|src|poster|cite|action)\s*=\s*["']?\s*((?:javascript|vbscript|data):[^"'\s>]*)/gi

const RASTER_DATA = /^data:image\/(?:png|jpeg|gif|webp);base64,/i

/**
 * The tags of the markup with their URL attributes only: text, and text attributes such as
 * `alt`, may spell out `src=data:` as escaped text, which is what showing a vector as text means.
 */
const urlAttributesOfTags = (markup: string): string =>
  (markup.match(/<[^>]*>/g) ?? [])
    .join('')
    .replace(/\s([\w:-]+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]*)/g, (attribute, name: string) =>
      URL_ATTRIBUTES.has(name.toLowerCase()) ? attribute : '',
    )

export interface DangerousMarkupOptions {
  /** Raster `data:image/...;base64` media are allowed in src/poster when the renderer archived them. */
  allowDataImages?: boolean
}

export const findDangerousMarkup = (
  markup: string,
  { allowDataImages = false }: DangerousMarkupOptions = {},
): string[] => {
  const problems = LITERAL_CHECKS.filter(([pattern]) => pattern.test(markup)).map(
    ([, what]) => what,
  )
  const literalBadUrl = Array.from(urlAttributesOfTags(markup).matchAll(LITERAL_BAD_URL)).some(
    ([, attribute = '', url = '']) =>
      !(allowDataImages && attribute.toLowerCase() !== 'href' && RASTER_DATA.test(url)),
  )
  if (literalBadUrl) problems.push('literal bad URL')
  const template = document.createElement('template')
  template.innerHTML = markup
  for (const element of template.content.querySelectorAll('*')) {
    const tag = element.localName.toLowerCase()
    if (FORBIDDEN_TAGS.has(tag)) problems.push(`<${tag}>`)
    for (const { name, value } of Array.from(element.attributes)) {
      const attr = name.toLowerCase()
      if (attr.startsWith('on')) problems.push(`${tag}[${attr}]`)
      if (attr === 'style') problems.push(`${tag}[style]`)
      if (!URL_ATTRIBUTES.has(attr)) continue
      const url = squash(value)
      const isRasterData = /^data:image\/(?:png|jpeg|gif|webp);base64,/.test(url)
      if (BAD_SCHEME.test(url) && !(allowDataImages && isRasterData && attr !== 'href')) {
        problems.push(`${tag}[${attr}=${value.slice(0, 40)}]`)
      }
    }
  }
  return problems
}

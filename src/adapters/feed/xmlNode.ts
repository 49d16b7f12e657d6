import { decodeXmlEntities, xmlTextContent } from './xmlText'

/**
 * Readers over fast-xml-parser's output (attributes `@_name`, text `#text`, CDATA `#cdata`),
 * which is untyped and differs with the document: a tag may be a string, an object or an array.
 */
export type XmlNode = Record<string, unknown>

export const isNode = (value: unknown): value is XmlNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Every occurrence of a child, whatever the parser made of one or many. */
export const children = (node: unknown, name: string): unknown[] => {
  if (!isNode(node)) return []
  const value = node[name]
  if (value === undefined || value === null) return []
  return Array.isArray(value) ? (value as unknown[]) : [value]
}

export const child = (node: unknown, name: string): unknown => children(node, name)[0]

/** A decoded attribute value, trimmed; undefined when absent or empty. */
export const attr = (node: unknown, name: string): string | undefined => {
  if (!isNode(node)) return undefined
  const value = node[`@_${name}`]
  if (typeof value !== 'string') return undefined
  const decoded = decodeXmlEntities(value).trim()
  return decoded === '' ? undefined : decoded
}

/** The raw text the parser kept: a stop node's inner XML, or a leaf's undecoded text. */
export const rawText = (node: unknown): string => {
  if (typeof node === 'string') return node
  if (typeof node === 'number' || typeof node === 'boolean') return String(node)
  if (!isNode(node)) return ''
  const text = node['#text']
  const cdata = children(node, '#cdata')
    .map((part) => `<![CDATA[${typeof part === 'string' ? part : ''}]]>`)
    .join('')
  return `${typeof text === 'string' || typeof text === 'number' ? String(text) : ''}${cdata}`
}

/** Text content of an element (entities decoded, CDATA kept, tags dropped), trimmed. */
export const textOf = (node: unknown): string | undefined => {
  const text = xmlTextContent(rawText(node)).trim()
  return text === '' ? undefined : text
}

export const childText = (node: unknown, name: string): string | undefined =>
  textOf(child(node, name))

export const numberAttr = (node: unknown, name: string): number | undefined => {
  const value = Number(attr(node, name))
  return Number.isFinite(value) && value > 0 ? value : undefined
}

/** The first non-empty text among same-named children (an RSS `<link>` after an empty Atom one). */
export const firstChildText = (node: unknown, name: string): string | undefined =>
  children(node, name)
    .map(textOf)
    .find((text) => text !== undefined)

import { readFileSync } from 'node:fs'
import { XMLParser } from 'fast-xml-parser'
import { fixturePath } from '../fixturePath'
import type { HostileVector } from './hostileVector'

/** feedparser's sanitising cases (`tests/wellformed/sanitize`), recorded in the fixtures. */
export const FEEDPARSER_SANITIZE_FIXTURES = [
  'rss/feedparser/wellformed_sanitize_entry_content_crazy.xml',
  'rss/feedparser/wellformed_sanitize_entry_content_iframe.xml',
  'rss/feedparser/wellformed_sanitize_entry_content_onerror.xml',
  'rss/feedparser/wellformed_sanitize_item_content_encoded_script_cdata.xml',
]

// The fixtures escape the markup (or wrap it in CDATA): the parser gives it back as text, which
// is the HTML a feed reader would sanitise.
const parser = new XMLParser({
  ignoreAttributes: true,
  processEntities: true,
  parseTagValue: false,
})

const findContent = (node: unknown): string | undefined => {
  if (typeof node !== 'object' || node === null) return undefined
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'content' || key === 'content:encoded') && typeof value === 'string') return value
    const found = findContent(value)
    if (found !== undefined) return found
  }
  return undefined
}

export const feedparserVectors = (): HostileVector[] =>
  FEEDPARSER_SANITIZE_FIXTURES.map((relative) => {
    const name = relative.replace(/^.*wellformed_sanitize_|\.xml$/g, '')
    const payload = findContent(parser.parse(readFileSync(fixturePath(relative), 'utf8')))
    if (payload === undefined) throw new Error(`No entry content found in ${relative}.`)
    return { id: `feedparser-${name}`, origin: 'feedparser', title: `feedparser ${name}`, payload }
  })

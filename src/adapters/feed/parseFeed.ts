import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { decodeFeedBytes } from './decodeFeedBytes'
import { FeedFormatError } from './feedFormatError'
import type { ParsedFeed } from './feedModel'
import { parseAtom } from './parseAtom'
import { isJsonFeed, parseJsonFeed } from './parseJsonFeed'
import { parseRss } from './parseRss'

export type { FeedItem, ParsedFeed } from './feedModel'

export interface ParseFeedOptions {
  /** The HTTP Content-Type, whose charset counts when the document names none. */
  contentType?: string
  /** Where the feed was read from: the base of relative links. */
  url?: string
}

/** Elements whose content may be markup: kept raw, read by `readFeedContent`. */
const RAW_ELEMENTS = [
  'title',
  'subtitle',
  'tagline',
  'summary',
  'content',
  'description',
  'content:encoded',
  'media:description',
  'media:title',
]

const REPEATED = new Set([
  'entry',
  'item',
  'link',
  'author',
  'contributor',
  'category',
  'enclosure',
  'media:content',
  'media:thumbnail',
  'media:group',
  'dc:creator',
  'dc:subject',
  'atom:link',
  'atom10:link',
])

const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Entities are decoded by `xmlText` (built-ins only): DOCTYPE entities never expand.
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  cdataPropName: '#cdata',
  ignoreDeclaration: true,
  ignorePiTags: true,
  stopNodes: RAW_ELEMENTS.map((name) => `*.${name}`),
  isArray: (name) => REPEATED.has(name),
})

/** XML before a leading declaration: comments (feedparser's fixtures) and whitespace. */
const LEADING_MISC = /^(?:\s|<!--[\s\S]*?-->)+(?=<\?xml)/

/**
 * Control characters other than tab, LF, CR in the first KB: not a text document. Images,
 * archives and PDFs all have some (a NUL at least) in their headers.
 */
const looksBinary = (text: string): boolean =>
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(text.slice(0, 1024))

const lineOf = (text: string, index: number): number => text.slice(0, index).split('\n').length

/** Why a document is not well-formed XML, worded for people; undefined when it is. */
const xmlProblem = (document: string, linesBefore: number): string | undefined => {
  // Also catches a section cut inside its own opening (`<![CD`), as in feedparser's fixture.
  const cdata = document.lastIndexOf('<![')
  if (cdata >= 0 && document.indexOf(']]>', cdata) < 0)
    return `a CDATA section opened on line ${lineOf(document, cdata) + linesBefore} is never closed; the file may be truncated`
  const valid = XMLValidator.validate(document)
  if (valid === true) return undefined
  const { msg, col } = valid.err
  const line = valid.err.line + linesBefore
  // The validator lists the elements left open as a JSON array ("Invalid '["rss", …]' found.").
  const open = /^Invalid '(\[[\s\S]*\])' found\.$/.exec(msg)
  if (open) {
    try {
      const names = (JSON.parse(open[1] ?? '[]') as unknown[]).map(String).join(' > ')
      return `the document ends with elements still open (${names}); the file may be truncated`
    } catch {
      // Fall through to the validator's own words.
    }
  }
  return `${msg} (line ${line}, column ${col})`
}

const parseJson = (text: string, url: string | undefined): ParsedFeed => {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new FeedFormatError('invalid-json', `The document is not valid JSON: ${reason}`, reason)
  }
  if (!isJsonFeed(value))
    throw new FeedFormatError(
      'not-json-feed',
      'The document is JSON but not a JSON Feed (it has no "version" naming jsonfeed.org and no "items" list).',
    )
  return parseJsonFeed(value, url)
}

const parseXml = (text: string, url: string | undefined): ParsedFeed => {
  const document = text.replace(LEADING_MISC, '')
  const removed = text.slice(0, text.length - document.length)
  const problem = xmlProblem(document, removed.split('\n').length - 1)
  if (problem !== undefined)
    throw new FeedFormatError('invalid-xml', `The feed is not well-formed XML: ${problem}`, problem)
  const tree = xmlParser.parse(document) as Record<string, unknown>
  const rootName = Object.keys(tree).find((name) => !name.startsWith('?') && !name.startsWith('#'))
  const root = rootName === undefined ? undefined : tree[rootName]
  switch (rootName) {
    case 'rss':
      return parseRss(root, 'rss', url)
    case 'rdf:RDF':
      return parseRss(root, 'rdf', url)
    case 'feed':
      return parseAtom(root, url)
    default:
      throw new FeedFormatError(
        'not-a-feed',
        `The XML document is a <${rootName ?? '?'}>, not an RSS, Atom or RDF feed.`,
        rootName ?? '?',
      )
  }
}

/**
 * Any supported feed as one `ParsedFeed`: JSON Feed or XML (RSS 2.0, RSS 1.0, Atom 1.0/0.3),
 * told apart by content, not by name or Content-Type, which feeds often get wrong. Throws a
 * `FeedFormatError` saying what the document is when it is not a feed.
 */
export const parseFeed = (
  input: Uint8Array | string,
  options: ParseFeedOptions = {},
): ParsedFeed => {
  const text = (
    typeof input === 'string' ? input : decodeFeedBytes(input, options.contentType).text
  ).replace(/^\uFEFF/, '')
  const start = text.trimStart()
  if (start === '') throw new FeedFormatError('empty', 'The document is empty.')
  if (looksBinary(start))
    throw new FeedFormatError('binary', 'The document is binary data, not a text feed.')
  if (start.startsWith('{') || start.startsWith('[')) return parseJson(start, options.url)
  if (/^(?:<!--[\s\S]*?-->\s*)*<!doctype\s+html|^<html[\s>]/i.test(start))
    throw new FeedFormatError('html', 'The document is a web page (HTML), not a feed.')
  if (!start.startsWith('<'))
    throw new FeedFormatError('not-a-feed', 'The document is neither XML nor JSON.', 'text')
  return parseXml(start, options.url)
}

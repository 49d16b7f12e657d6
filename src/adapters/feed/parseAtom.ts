import { contentText } from './contentText'
import { parseFeedDate } from './feedDates'
import type { FeedEnclosure, FeedItem, FeedPerson, ParsedFeed } from './feedModel'
import { readAtomContent } from './readFeedContent'
import { readMediaRss } from './readMediaRss'
import { resolveFeedUrl, withXmlBase } from './resolveFeedUrl'
import { attr, child, childText, children, numberAttr, textOf } from './xmlNode'

/** Atom 1.0 (RFC 4287) and its predecessor 0.3, which names a few elements differently. */

const linksOf = (node: unknown, base: string | undefined, rel: string) =>
  children(node, 'link')
    .filter((link) => (attr(link, 'rel') ?? 'alternate').toLowerCase() === rel)
    .map((link) => ({
      href: resolveFeedUrl(attr(link, 'href'), base),
      type: attr(link, 'type')?.toLowerCase(),
      length: numberAttr(link, 'length'),
      title: attr(link, 'title'),
    }))
    .filter((link): link is typeof link & { href: string } => link.href !== undefined)

/** The page of an entry: a text/html alternate if there is one, else the first alternate. */
const alternateLink = (node: unknown, base: string | undefined): string | undefined => {
  const alternates = linksOf(node, base, 'alternate')
  return (alternates.find((link) => link.type === 'text/html') ?? alternates[0])?.href
}

const people = (node: unknown, name: string, base: string | undefined): FeedPerson[] =>
  children(node, name)
    .map((person) => ({
      name: childText(person, 'name'),
      url: resolveFeedUrl(childText(person, 'uri') ?? childText(person, 'url'), base),
      email: childText(person, 'email'),
    }))
    .filter((person) => person.name !== undefined || person.url !== undefined)

const dateOf = (node: unknown, ...names: string[]): string | undefined =>
  names.map((name) => parseFeedDate(childText(node, name))).find((date) => date !== undefined)

const readEntry = (entry: unknown, feedBase: string | undefined, lang?: string): FeedItem => {
  const base = withXmlBase(attr(entry, 'xml:base'), feedBase)
  const mediaRss = readMediaRss(entry, base)
  const enclosures: FeedEnclosure[] = linksOf(entry, base, 'enclosure').map((link) => ({
    url: link.href,
    mimeType: link.type,
    length: link.length,
    title: link.title,
  }))
  const contentNode = child(entry, 'content')
  const summary =
    readAtomContent(child(entry, 'summary')) ??
    (mediaRss.description ? { kind: 'text' as const, value: mediaRss.description } : undefined)
  return {
    id: childText(entry, 'id'),
    link: alternateLink(entry, base) ?? resolveFeedUrl(attr(contentNode, 'src'), base),
    title: contentText(readAtomContent(child(entry, 'title'))) ?? mediaRss.title,
    content: readAtomContent(contentNode),
    summary,
    published: dateOf(entry, 'published', 'issued', 'created'),
    updated: dateOf(entry, 'updated', 'modified'),
    authors: [...people(entry, 'author', base), ...people(entry, 'contributor', base)],
    enclosures,
    media: mediaRss.media,
    thumbnails: mediaRss.thumbnails,
    categories: children(entry, 'category')
      .map((category) => attr(category, 'label') ?? attr(category, 'term') ?? textOf(category))
      .filter((term): term is string => term !== undefined),
    language: attr(entry, 'xml:lang') ?? lang,
    baseUrl: withXmlBase(attr(contentNode, 'xml:base'), base),
  }
}

export const parseAtom = (feed: unknown, url: string | undefined): ParsedFeed => {
  const selfUrl = linksOf(feed, url, 'self')[0]?.href
  // Relative links need a base: the address we read, else the one the feed says it has.
  const outer = url ?? selfUrl ?? alternateLink(feed, undefined)
  const base = withXmlBase(attr(feed, 'xml:base'), outer)
  const language = attr(feed, 'xml:lang')
  return {
    format: 'atom',
    title: contentText(readAtomContent(child(feed, 'title'))),
    link: alternateLink(feed, base),
    selfUrl,
    description:
      contentText(readAtomContent(child(feed, 'subtitle'))) ??
      contentText(readAtomContent(child(feed, 'tagline'))),
    imageUrl:
      resolveFeedUrl(childText(feed, 'logo'), base) ??
      resolveFeedUrl(childText(feed, 'icon'), base),
    language,
    updated: dateOf(feed, 'updated', 'modified'),
    authors: people(feed, 'author', base),
    items: children(feed, 'entry').map((entry) => readEntry(entry, base, language)),
  }
}

import { contentText } from './contentText'
import { parseFeedDate } from './feedDates'
import type { FeedItem, FeedPerson, ParsedFeed } from './feedModel'
import { readRssHtml } from './readFeedContent'
import { readMediaRss } from './readMediaRss'
import { resolveFeedUrl } from './resolveFeedUrl'
import { attr, child, childText, children, firstChildText, numberAttr, textOf } from './xmlNode'
import { defined } from './defined'

/** RSS 2.0 (and 0.9x), and RSS 1.0, whose items sit beside the channel in an `rdf:RDF`. */

/** `managingEditor` and `author` are "email (Name)"; `dc:creator` is a name. */
const person = (value: string | undefined): FeedPerson | undefined => {
  if (value === undefined) return undefined
  const named = /^\s*(\S+@\S+)\s*\(([^)]+)\)\s*$/.exec(value)
  if (named) return { name: named[2]?.trim(), email: named[1] }
  return /^\S+@\S+$/.test(value.trim()) ? { email: value.trim() } : { name: value.trim() }
}

const rssDate = (node: unknown, ...names: string[]) =>
  names.map((name) => parseFeedDate(childText(node, name))).find(defined)

/** The `atom:link rel="self"` many RSS feeds carry, whatever prefix (or none) they gave Atom. */
const atomSelfLink = (channel: unknown): string | undefined => {
  for (const name of ['atom:link', 'atom10:link', 'link']) {
    const self = children(channel, name).find((link) => attr(link, 'rel') === 'self')
    if (self) return resolveFeedUrl(attr(self, 'href'), undefined)
  }
  return undefined
}

const readItem = (item: unknown, base: string | undefined, language?: string): FeedItem => {
  const guid = child(item, 'guid')
  const guidText = textOf(guid)
  const permalink =
    attr(guid, 'isPermaLink')?.toLowerCase() !== 'false'
      ? resolveFeedUrl(guidText, base)
      : undefined
  const mediaRss = readMediaRss(item, base)
  const description = readRssHtml(child(item, 'description'))
  const encoded = readRssHtml(child(item, 'content:encoded'))
  const authors = [
    ...children(item, 'dc:creator').map(textOf),
    childText(item, 'author'),
    childText(item, 'itunes:author'),
  ]
    .map(person)
    .filter(defined)
    .filter(
      (one, index, all) =>
        all.findIndex((other) => other.name === one.name && other.email === one.email) === index,
    )
  return {
    id: guidText ?? attr(item, 'rdf:about'),
    link:
      resolveFeedUrl(firstChildText(item, 'link'), base) ??
      permalink ??
      resolveFeedUrl(attr(item, 'rdf:about'), base),
    title: contentText(readRssHtml(child(item, 'title'))) ?? mediaRss.title,
    content: encoded ?? description,
    summary: encoded
      ? description
      : mediaRss.description
        ? { kind: 'text', value: mediaRss.description }
        : undefined,
    published: rssDate(item, 'pubDate', 'dc:date'),
    updated: rssDate(item, 'atom:updated', 'dcterms:modified'),
    authors,
    enclosures: children(item, 'enclosure')
      .map((enclosure) => {
        const url = resolveFeedUrl(attr(enclosure, 'url'), base)
        return url
          ? {
              url,
              mimeType: attr(enclosure, 'type')?.toLowerCase(),
              length: numberAttr(enclosure, 'length'),
            }
          : undefined
      })
      .filter(defined),
    media: mediaRss.media,
    thumbnails: mediaRss.thumbnails,
    categories: [...children(item, 'category'), ...children(item, 'dc:subject')]
      .map(textOf)
      .filter(defined),
    language: childText(item, 'dc:language') ?? language,
    baseUrl: base,
  }
}

export const parseRss = (
  root: unknown,
  format: 'rss' | 'rdf',
  url: string | undefined,
): ParsedFeed => {
  const channel = child(root, 'channel')
  const selfUrl = atomSelfLink(channel)
  const base = url ?? selfUrl ?? resolveFeedUrl(firstChildText(channel, 'link'), undefined)
  const language = childText(channel, 'language') ?? childText(channel, 'dc:language')
  // RSS 1.0 puts items and image next to the channel; 2.0 inside it.
  const itemParent = format === 'rdf' ? root : channel
  const image = child(channel, 'image') ?? child(root, 'image')
  return {
    format,
    title: contentText(readRssHtml(child(channel, 'title'))),
    link: resolveFeedUrl(firstChildText(channel, 'link'), base),
    selfUrl,
    description: contentText(readRssHtml(child(channel, 'description'))),
    imageUrl:
      resolveFeedUrl(childText(image, 'url') ?? attr(image, 'rdf:resource'), base) ??
      resolveFeedUrl(attr(child(channel, 'itunes:image'), 'href'), base),
    language,
    updated: rssDate(channel, 'lastBuildDate', 'pubDate', 'dc:date'),
    authors: [childText(channel, 'managingEditor'), childText(channel, 'dc:creator')]
      .map(person)
      .filter(defined),
    items: children(itemParent, 'item').map((item) => readItem(item, base, language)),
  }
}

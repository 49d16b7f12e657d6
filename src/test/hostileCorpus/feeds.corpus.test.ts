/**
 * Issue 8: every vector of the hostile corpus in every untrusted field the adapter maps
 * (RSS 2.0, Atom (html and xhtml) and JSON Feed documents), through the real mapping and the real post card. One test per path lists every
 * vector that got through, by id and field, and counts what was mapped, so a path cannot pass by
 * dropping everything.
 */
import { describe, expect, it } from 'vitest'
import { feedItemToPost } from '../../adapters/feed/feedItemToPost'
import { parseFeed } from '../../adapters/feed/parseFeed'
import { CORPUS_TIMEOUT, CorpusRun, escapeXml, expectClean, FETCHED_AT } from './corpusChecks'
import { loadHostileCorpus } from './hostileCorpus'

const corpus = loadHostileCorpus()
const cdata = (html: string) => `<![CDATA[${html.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`
// XML 1.0 cannot carry most control characters, even escaped: a feed holding them is not XML.
const xmlSafe = (text: string) =>
  Array.from(text)
    .filter((char) => {
      const code = char.charCodeAt(0)
      return code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d
    })
    .join('')

describe('feed mapping (parseFeed + feedItemToPost)', () => {
  const rss = (vectors: typeof corpus) =>
    `<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>x</title>${vectors
      .map(
        ({ payload }, index) =>
          `<item><guid>${index}</guid><title>${escapeXml(xmlSafe(payload))}</title>` +
          `<link>${escapeXml(xmlSafe(payload))}</link><dc:creator>${escapeXml(xmlSafe(payload))}</dc:creator>` +
          `<description>${cdata(xmlSafe(payload))}</description>` +
          `<content:encoded>${cdata(xmlSafe(payload))}</content:encoded>` +
          `<enclosure url="${escapeXml(xmlSafe(payload))}" type="image/png"/></item>`,
      )
      .join('')}</channel></rss>`
  const atomHtml = (vectors: typeof corpus) =>
    `<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title>${vectors
      .map(
        ({ payload }, index) =>
          `<entry><id>${index}</id><title type="html">${escapeXml(xmlSafe(payload))}</title>` +
          `<author><name>${escapeXml(xmlSafe(payload))}</name><uri>${escapeXml(xmlSafe(payload))}</uri></author>` +
          `<link rel="alternate" href="${escapeXml(xmlSafe(payload))}"/>` +
          `<summary type="html">${escapeXml(xmlSafe(payload))}</summary>` +
          `<content type="html">${escapeXml(xmlSafe(payload))}</content></entry>`,
      )
      .join('')}</feed>`
  const jsonFeed = (vectors: typeof corpus) =>
    JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'x',
      items: vectors.map(({ payload }, index) => ({
        id: String(index),
        title: payload,
        url: payload,
        external_url: payload,
        image: payload,
        content_html: payload,
        summary: payload,
        authors: [{ name: payload, url: payload, avatar: payload }],
        attachments: [{ url: payload, mime_type: 'image/png' }],
      })),
    })

  it.each([
    ['RSS 2.0 (title, link, creator, description, content:encoded, enclosure)', rss],
    ['Atom type="html" (title, author, link, summary, content)', atomHtml],
    ['JSON Feed (title, url, image, content_html, summary, authors, attachments)', jsonFeed],
  ])(
    `keeps ${corpus.length} vectors inert in %s`,
    (format, build) => {
      const run = new CorpusRun()
      const feed = parseFeed(build(corpus))
      expect(feed.items).toHaveLength(corpus.length)
      feed.items.forEach((item, index) => {
        const vector = corpus[index]!
        run.post(vector, format, () => feedItemToPost(item, feed, { fetchedAt: FETCHED_AT }))
      })
      expectClean(run)
    },
    CORPUS_TIMEOUT,
  )

  it(
    `keeps ${corpus.length} vectors inert in Atom type="xhtml" content, or refuses the feed`,
    () => {
      const run = new CorpusRun()
      let mapped = 0
      for (const vector of corpus) {
        // xhtml content is XML: a payload that is not well-formed makes the document no feed.
        let feed: ReturnType<typeof parseFeed>
        try {
          feed = parseFeed(
            `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>1</id><title>t</title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${xmlSafe(vector.payload)}</div></content></entry></feed>`,
          )
        } catch (error) {
          if (!(error instanceof Error) || error.name !== 'FeedFormatError')
            run.add(vector, 'xhtml', `parse threw ${String(error)}`)
          continue
        }
        for (const item of feed.items)
          if (
            run.post(vector, 'xhtml', () => feedItemToPost(item, feed, { fetchedAt: FETCHED_AT }))
          )
            mapped += 1
      }
      expectClean(run)
      // Most vectors are not well-formed XML; enough are for the path to be exercised.
      expect(mapped).toBeGreaterThan(100)
    },
    CORPUS_TIMEOUT,
  )
})

/** Feed HTML is written by anyone: DOMPurify's own vectors pushed through a feed, end to end. */
import { describe, expect, it } from 'vitest'
import { readFixtureJson } from '../../test/fixturePath'
import { feedItemToPost } from './feedItemToPost'
import { parseFeed } from './parseFeed'

interface Vector {
  title: string
  payload: string
}

const vectors = readFixtureJson('xss/dompurify-vectors.json') as Vector[]

const cdata = (html: string) => `<![CDATA[${html.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`
const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

const SAFE_TAGS = new Set(['P', 'BR', 'A', 'SPAN', 'STRONG', 'B', 'EM', 'I', 'U', 'S', 'DEL'])
const LIST_TAGS = new Set(['BLOCKQUOTE', 'UL', 'OL', 'LI', 'CODE', 'PRE', 'IMG'])

/** Problems of sanitised HTML read as a browser reads it, not as a string (escaped text is fine). */
const dangersIn = (html: string): string[] => {
  const body = new DOMParser().parseFromString(html, 'text/html').body
  const found: string[] = []
  for (const element of Array.from(body.querySelectorAll('*'))) {
    if (!SAFE_TAGS.has(element.tagName) && !LIST_TAGS.has(element.tagName))
      found.push(`<${element.tagName}>`)
    if (element.tagName === 'IMG' && element.getAttribute('class') !== 'custom-emoji')
      found.push('image')
    for (const attribute of Array.from(element.attributes)) {
      if (/^on/i.test(attribute.name)) found.push(attribute.name)
      if (/^(?:href|src)$/.test(attribute.name) && !/^(?:https?|mailto):/i.test(attribute.value))
        found.push(`${attribute.name}=${attribute.value}`)
    }
  }
  return found
}

describe('hostile feed HTML', () => {
  it(`disarms ${vectors.length} DOMPurify vectors in RSS CDATA, Atom escaped html and JSON Feed`, () => {
    expect(vectors.length).toBeGreaterThan(50)
    const rss = `<rss version="2.0"><channel><title>x</title>${vectors
      .map(
        (vector, index) =>
          `<item><guid>${index}</guid><description>${cdata(vector.payload)}</description></item>`,
      )
      .join('')}</channel></rss>`
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom">${vectors
      .map(
        (vector, index) =>
          `<entry><id>${index}</id><content type="html">${escapeXml(vector.payload)}</content></entry>`,
      )
      .join('')}</feed>`
    const json = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      items: vectors.map((vector, index) => ({ id: String(index), content_html: vector.payload })),
    })
    for (const document of [rss, atom, json]) {
      const feed = parseFeed(document)
      expect(feed.items).toHaveLength(vectors.length)
      for (const entry of feed.items) {
        const post = feedItemToPost(entry, feed, { fetchedAt: '2026-11-26T00:00:00.000Z' })
        expect(dangersIn(post.html)).toEqual([])
      }
    }
  })

  it('drops javascript: links and media, and on* attributes in Atom xhtml content', () => {
    const feed = parseFeed(`<feed xmlns="http://www.w3.org/2005/Atom"><entry>
      <link rel="alternate" href="javascript:alert(1)"/>
      <link rel="enclosure" type="image/png" href="javascript:alert(2)"/>
      <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><a href="javascript:alert(3)" onclick="x()">hi</a><img src="x" onerror="alert(4)"/><p onmouseover="y()">there</p></div></content>
    </entry></feed>`)
    const entry = feed.items[0]
    if (!entry) throw new Error('no entry')
    expect(entry.link).toBeUndefined()
    expect(entry.enclosures).toEqual([])
    const post = feedItemToPost(entry, feed, { fetchedAt: '2026-11-26T00:00:00.000Z' })
    expect(post.html).toBe('<a rel="noopener noreferrer ugc" target="_blank">hi</a><p>there</p>')
    expect(post.media).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import { findDangerousMarkup } from '../../lib/testDangerousMarkup'
import { facetsToHtml } from './facetsToHtml'

const link = (byteStart: number, byteEnd: number, uri: string) => ({
  index: { byteStart, byteEnd },
  features: [{ $type: 'app.bsky.richtext.facet#link', uri }],
})
const mention = (byteStart: number, byteEnd: number, did: string) => ({
  index: { byteStart, byteEnd },
  features: [{ $type: 'app.bsky.richtext.facet#mention', did }],
})
const tag = (byteStart: number, byteEnd: number, value: string) => ({
  index: { byteStart, byteEnd },
  features: [{ $type: 'app.bsky.richtext.facet#tag', tag: value }],
})

const anchors = (html: string) => {
  const template = document.createElement('template')
  template.innerHTML = html
  return [...template.content.querySelectorAll('a')].map((a) => ({
    text: a.textContent,
    href: a.getAttribute('href'),
    rel: a.getAttribute('rel'),
    className: a.getAttribute('class'),
  }))
}

describe('facetsToHtml', () => {
  it('cuts on UTF-8 bytes: the family-emoji vectors of @atproto/api', () => {
    const family = '👨‍👩‍👧‍👧'
    const text = `one${family} two${family} three${family}`
    const html = facetsToHtml(text, [
      link(0, 28, 'https://one.example/'),
      link(29, 57, 'https://two.example/'),
      link(58, 88, 'https://three.example/'),
    ])
    expect(anchors(html).map((a) => a.text)).toEqual([
      `one${family}`,
      `two${family}`,
      `three${family}`,
    ])
  })

  it('links a mention after an accented word to the DID profile', () => {
    const text = 'Café ☕ with @alice.example today'
    const start = new TextEncoder().encode('Café ☕ with ').length
    const end = start + '@alice.example'.length
    const html = facetsToHtml(text, [mention(start, end, 'did:plc:abc123')])
    expect(anchors(html)).toEqual([
      {
        text: '@alice.example',
        href: 'https://bsky.app/profile/did:plc:abc123',
        rel: 'noopener noreferrer ugc',
        className: 'mention',
      },
    ])
    expect(html).toContain('Café ☕ with ')
  })

  it('links a tag to its hashtag page, encoding non-ASCII tags', () => {
    const text = 'Ünïcödé #ciência'
    const start = new TextEncoder().encode('Ünïcödé ').length
    const end = new TextEncoder().encode(text).length
    const [anchor] = anchors(facetsToHtml(text, [tag(start, end, 'ciência')]))
    expect(anchor?.text).toBe('#ciência')
    expect(anchor?.href).toBe('https://bsky.app/hashtag/ci%C3%AAncia')
    expect(anchor?.className).toBe('hashtag')
  })

  it('skips facets that are out of range, inverted, empty, fractional or cut a character', () => {
    const text = 'é and more' // "é" is two bytes: offset 1 is inside it
    const html = facetsToHtml(text, [
      link(0, 999, 'https://too-long.example/'),
      link(5, 3, 'https://inverted.example/'),
      link(4, 4, 'https://empty.example/'),
      link(-1, 2, 'https://negative.example/'),
      link(1.5, 4, 'https://fraction.example/'),
      link(1, 4, 'https://mid-char.example/'),
      { index: { byteStart: '0', byteEnd: '2' }, features: [] },
      { features: [{ $type: 'app.bsky.richtext.facet#link', uri: 'https://no-index.example/' }] },
      null,
      'not a facet',
      link(3, 6, 'https://kept.example/'),
    ])
    expect(anchors(html).map((a) => [a.text, a.href])).toEqual([['and', 'https://kept.example/']])
    expect(html).toBe(
      '<p>é <a href="https://kept.example/" rel="noopener noreferrer ugc" target="_blank">and</a> more</p>',
    )
  })

  it('keeps the first of two overlapping facets and drops the other', () => {
    const text = 'abcdefghij'
    const html = facetsToHtml(text, [
      link(4, 8, 'https://second.example/'),
      link(0, 6, 'https://first.example/'),
      link(8, 10, 'https://third.example/'),
    ])
    expect(anchors(html).map((a) => [a.text, a.href])).toEqual([
      ['abcdef', 'https://first.example/'],
      ['ij', 'https://third.example/'],
    ])
    expect(html).toContain('gh')
  })

  it('refuses non-http links, invalid DIDs and malformed tags but keeps their text', () => {
    const text = 'aaaa bbbb cccc dddd eeee'
    const html = facetsToHtml(text, [
      link(0, 4, 'javascript:alert(1)'),
      link(5, 9, 'data:text/html,<script>alert(1)</script>'),
      mention(10, 14, 'javascript:alert(1)'),
      tag(15, 19, 'two words'),
      { index: { byteStart: 20, byteEnd: 24 }, features: [{ $type: 'app.bsky.unknown', x: 1 }] },
    ])
    expect(anchors(html)).toEqual([])
    expect(html).toBe('<p>aaaa bbbb cccc dddd eeee</p>')
  })

  it('uses the first usable feature of a facet with several', () => {
    const html = facetsToHtml('link', [
      {
        index: { byteStart: 0, byteEnd: 4 },
        features: [
          { $type: 'app.bsky.richtext.facet#link', uri: 'javascript:void(0)' },
          { $type: 'app.bsky.richtext.facet#link', uri: 'https://fallback.example/' },
        ],
      },
    ])
    expect(anchors(html).map((a) => a.href)).toEqual(['https://fallback.example/'])
  })

  it('escapes the text, so markup in a post stays text', () => {
    const html = facetsToHtml('<img src=x onerror=alert(1)> & "<script>alert(2)</script>"', [])
    expect(html).toBe(
      '<p>&lt;img src=x onerror=alert(1)&gt; &amp; "&lt;script&gt;alert(2)&lt;/script&gt;"</p>',
    )
    expect(findDangerousMarkup(html)).toEqual([])
  })

  it('turns blank lines into paragraphs and single newlines into <br>', () => {
    expect(facetsToHtml('one\ntwo\n\nthree\n\n\nfour', [])).toBe(
      '<p>one<br>two</p><p>three</p><p>four</p>',
    )
  })

  it('keeps a link whole when its text spans a blank line', () => {
    const html = facetsToHtml('a\n\nb', [link(0, 4, 'https://x.example/')])
    expect(html).toBe(
      '<p><a href="https://x.example/" rel="noopener noreferrer ugc" target="_blank">a<br><br>b</a></p>',
    )
  })

  it('gives empty HTML for empty text and tolerates facets that are not a list', () => {
    expect(facetsToHtml('', [link(0, 1, 'https://x.example/')])).toBe('')
    expect(facetsToHtml('plain', { not: 'an array' })).toBe('<p>plain</p>')
  })
})

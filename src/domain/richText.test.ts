import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  emptyRichText,
  isSafeLinkHref,
  richTextFromPlainText,
  richTextToPlainText,
  type RichTextDoc,
} from './richText'
import { plainTextArb } from './testArbitraries'

describe('richTextFromPlainText', () => {
  it('makes one paragraph per blank-line-separated block, keeping single newlines', () => {
    expect(richTextFromPlainText('First line\nsame paragraph\n\nSecond')).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'First line\nsame paragraph' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Second' }] },
      ],
    })
  })

  it('treats any run of blank lines as one separator', () => {
    expect(richTextFromPlainText('a\n\n\n\nb').content).toHaveLength(2)
  })

  it('turns empty text into the empty document', () => {
    expect(richTextFromPlainText('')).toEqual(emptyRichText())
  })

  it('never creates an empty text node', () => {
    const doc = richTextFromPlainText('\n\nmiddle\n\n')
    expect(doc.content).toEqual([
      { type: 'paragraph' },
      { type: 'paragraph', content: [{ type: 'text', text: 'middle' }] },
      { type: 'paragraph' },
    ])
  })
})

describe('richTextToPlainText', () => {
  it.each([
    ['one paragraph', 'Hello'],
    ['two paragraphs', 'Hello\n\nWorld'],
    ['a line break inside a paragraph', 'Hello\nthere\n\nWorld'],
    ['unicode', 'Ça va ? 🌊\n\n日本語'],
  ])('round-trips %s', (_label, text) => {
    expect(richTextToPlainText(richTextFromPlainText(text))).toBe(text)
  })

  it('normalises extra blank lines and outer whitespace', () => {
    expect(richTextToPlainText(richTextFromPlainText('\n\na\n\n\n\nb\n\n'))).toBe('a\n\nb')
    expect(richTextToPlainText(emptyRichText())).toBe('')
  })

  it('reads marks, hard breaks, headings, quotes and lists', () => {
    const doc: RichTextDoc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Title' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'bold', marks: [{ type: 'bold' }] },
            { type: 'text', text: ' and ' },
            {
              type: 'text',
              text: 'link',
              marks: [{ type: 'link', attrs: { href: 'https://x.test' } }],
            },
            { type: 'hardBreak' },
            { type: 'text', text: 'next line' },
          ],
        },
        {
          type: 'blockquote',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'quoted' }] }],
        },
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'one' }] }],
            },
            {
              type: 'listItem',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'two' }] }],
            },
          ],
        },
      ],
    }
    expect(richTextToPlainText(doc)).toBe(
      'Title\n\nbold and link\nnext line\n\nquoted\n\none\n\ntwo',
    )
  })

  it('round-trips any text made of trimmed paragraphs (property)', () => {
    fc.assert(
      fc.property(plainTextArb, (text) => {
        expect(richTextToPlainText(richTextFromPlainText(text))).toBe(text)
      }),
    )
  })

  it('is a fixed point after one round trip, for any text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '\n', 'é', '\t') }), (text) => {
        const once = richTextToPlainText(richTextFromPlainText(text))
        expect(richTextToPlainText(richTextFromPlainText(once))).toBe(once)
      }),
    )
  })
})

describe('isSafeLinkHref', () => {
  it.each([
    'http://example.com',
    'https://example.com/path?q=1#top',
    'HTTPS://EXAMPLE.COM',
    '  https://example.com  ',
    'mailto:lea@example.social',
  ])('accepts %j', (href) => {
    expect(isSafeLinkHref(href)).toBe(true)
  })

  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    '  JAVASCRIPT:alert(1)  ',
    '\tjava\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'file:///etc/passwd',
    'ftp://example.com',
    'blob:https://example.com/uuid',
  ])('refuses the dangerous or foreign scheme %j', (href) => {
    expect(isSafeLinkHref(href)).toBe(false)
  })

  it.each([
    '/relative/path',
    'relative/path',
    './here',
    '../up',
    '#anchor',
    '?q=1',
    '//example.com',
    '',
  ])('refuses the relative reference %j (links must be absolute)', (href) => {
    expect(isSafeLinkHref(href)).toBe(false)
  })

  it.each([undefined, null, 42, {}, ['https://example.com'], new URL('https://example.com')])(
    'refuses the non-string %j',
    (href) => {
      expect(isSafeLinkHref(href)).toBe(false)
    },
  )

  it('accepts every absolute http(s) or mailto URL, whatever the case (property)', () => {
    const word = fc.string({ unit: fc.constantFrom(...'abcXYZ019-'), minLength: 1, maxLength: 8 })
    // A host ending in a numeric label is parsed as IPv4, so the top-level domain is letters only.
    const tld = fc.string({ unit: fc.constantFrom(...'abcxyz'), minLength: 2, maxLength: 4 })
    const href = fc.oneof(
      fc
        .tuple(fc.constantFrom('http', 'https', 'HTTP', 'hTtPs'), word, tld, fc.string())
        .map(([scheme, host, tld, path]) => `${scheme}://${host}.${tld}/${encodeURI(path)}`),
      fc
        .tuple(fc.constantFrom('mailto', 'MAILTO'), word, word)
        .map(([scheme, user, host]) => `${scheme}:${user}@${host}`),
    )
    fc.assert(
      fc.property(href, (url) => {
        expect(isSafeLinkHref(url)).toBe(true)
      }),
    )
  })

  it('accepts only strings whose parsed protocol is http, https or mailto (property)', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.constantFrom('', 'javascript:', 'https://', 'mailto:'),
        (rest, prefix) => {
          const href = prefix + rest
          if (!isSafeLinkHref(href)) return
          expect(['http:', 'https:', 'mailto:']).toContain(new URL(href).protocol)
        },
      ),
    )
  })

  it('refuses anything that is not a string (property)', () => {
    fc.assert(
      fc.property(
        fc.anything({ maxDepth: 1 }).filter((value) => typeof value !== 'string'),
        (href) => {
          expect(isSafeLinkHref(href)).toBe(false)
        },
      ),
    )
  })
})

/**
 * feedparser's well-formed content and sanitising cases, each with the result its header
 * comment expects (`Expect: … == '…'`, a Python expression). Our sanitiser is DOMPurify with
 * the post allow-list, not feedparser's, so the comparison is made after one normalisation:
 * runs of whitespace collapse to one space and the ends are trimmed. Where we deliberately
 * differ, the case says what we produce instead and why.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { sanitizePostHtml } from '../../lib/sanitizeHtml'
import { fixturePath } from '../../test/fixturePath'
import { feedBytes } from './feedFixtures'
import { parseFeed } from './parseFeed'

const normalise = (html: string) => html.replace(/\s+/g, ' ').trim()

/** The expected value of the header's `== '…'` (Python literals joined by `+`). */
const expectedValue = (name: string): string => {
  const header = /Expect:\s*(.*)/.exec(readFileSync(fixturePath(`rss/feedparser/${name}`), 'utf8'))
  const expression = header?.[1] ?? ''
  const literals = expression.slice(expression.indexOf('==') + 2).match(/'(?:[^'\\]|\\.)*'/g) ?? []
  return literals
    .map((literal) =>
      literal
        .slice(1, -1)
        .replace(/\\(.)/g, (_all, char: string) =>
          char === 'n' ? '\n' : char === 't' ? '\t' : char,
        ),
    )
    .join('')
}

/** What we keep of the first item: its content, sanitised when it is markup. */
const ourValue = (name: string): string => {
  const content = parseFeed(feedBytes(`feedparser/${name}`)).items[0]?.content
  if (!content) throw new Error(`${name}: no content`)
  return content.kind === 'html' ? sanitizePostHtml(content.value) : content.value
}

describe('feedparser cases we meet exactly (after whitespace normalisation)', () => {
  it.each([
    'wellformed_atom10_entry_content_base64.xml',
    'wellformed_atom10_entry_content_div_escaped_markup.xml',
    'wellformed_atom10_entry_content_escaped_markup.xml',
    'wellformed_atom10_entry_content_inline_markup.xml',
    'wellformed_atom10_entry_content_inline_markup_2.xml',
    'wellformed_atom10_entry_content_text_plain_brackets.xml',
    'wellformed_rss_item_content_encoded.xml',
    'wellformed_sanitize_item_content_encoded_script_cdata.xml',
  ])('%s', (name) => {
    const expected = expectedValue(name)
    expect(expected).not.toBe('')
    expect(normalise(ourValue(name))).toBe(normalise(expected))
  })

  it('reads the expectations it compares against', () => {
    expect(expectedValue('wellformed_atom10_entry_content_text_plain_brackets.xml')).toBe(
      'History of the <blink> tag',
    )
    expect(expectedValue('wellformed_sanitize_entry_content_crazy.xml')).toMatch(
      /^Crazy HTML -- Can Your Regex Parse This\?\n\n\n\n<!-- <script> -->/,
    )
  })
})

describe('feedparser cases where we deliberately differ', () => {
  it('iframe: we drop the frame with its inside (browsers never show it as markup)', () => {
    const name = 'wellformed_sanitize_entry_content_iframe.xml'
    expect(expectedValue(name)).toBe('safe <b>description</b>')
    expect(ourValue(name)).toBe('safe')
  })

  it('onerror: the handler goes, and so does the image (post text carries no pictures)', () => {
    const name = 'wellformed_sanitize_entry_content_onerror.xml'
    expect(expectedValue(name)).toBe('<img src="http://www.ragingplatypus.com/i/cam-full.jpg" />')
    expect(ourValue(name)).toBe('')
  })

  it('crazy: the visible text stays; script bodies, comments and the head title go', () => {
    const name = 'wellformed_sanitize_entry_content_crazy.xml'
    const ours = ourValue(name)
    expect(normalise(ours)).toBe(
      'Did The Javascript Execute? I will execute here, too, if you mouse over me',
    )
    // feedparser keeps the script's text and the comments as text; we keep neither.
    expect(expectedValue(name)).toContain('function executeMe()')
    expect(ours).not.toMatch(/<script|executeMe|onmouseover|onload|<!--/i)
  })
})

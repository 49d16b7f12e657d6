import { describe, expect, it } from 'vitest'
import { piecesToHtml, plainTextToHtml } from './richTextHtml'

describe('richTextHtml', () => {
  it('escapes every character that could open markup', () => {
    expect(plainTextToHtml('<img src=x onerror=alert(1)> & "q" \'s')).toBe(
      '<p>&#60;img src=x onerror=alert(1)&#62; &#38; &#34;q&#34; &#39;s</p>',
    )
  })

  it('links only http(s) URLs, with our rel', () => {
    expect(piecesToHtml([{ text: 'x', href: 'javascript:alert(1)' }])).toBe('<p>x</p>')
    expect(piecesToHtml([{ text: 'x', href: 'https://a.example/"><script>' }])).toBe(
      '<p><a href="https://a.example/%22%3E%3Cscript%3E" rel="noopener noreferrer ugc" target="_blank">x</a></p>',
    )
  })

  it('autolinks bare URLs without their trailing punctuation, splits paragraphs', () => {
    expect(plainTextToHtml('See https://example.com/a.\n\nBye\nnow')).toBe(
      '<p>See <a href="https://example.com/a" rel="noopener noreferrer ugc" target="_blank">https://example.com/a</a>.</p><p>Bye<br>now</p>',
    )
  })
})

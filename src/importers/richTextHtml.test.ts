import { describe, expect, it } from 'vitest'
import { isRichTextHtml, piecesToHtml, plainTextToHtml } from './richTextHtml'

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

describe('isRichTextHtml', () => {
  it('recognises what piecesToHtml writes, links and line breaks included', () => {
    const html = piecesToHtml([
      { text: 'Café <b> & "RT" 👋\nnext line\n\nsecond paragraph ' },
      { text: '@ana', href: 'https://x.com/ana', className: 'mention' },
      { text: ' ' },
      { text: 'example.com/a…', href: 'https://example.com/a?x=1&y=2' },
    ])
    expect(html).toContain('<br>')
    expect(isRichTextHtml(html)).toBe(true)
  })

  it('refuses anything else, so that it goes through DOMPurify', () => {
    for (const html of [
      '<p onclick="x()">hi</p>',
      '<img src=x onerror=alert(1)>',
      '<a href="javascript:alert(1)" rel="noopener noreferrer ugc" target="_blank">x</a>',
      '<a href="https://x.com" rel="noopener noreferrer ugc" target="_blank" onmouseover="x()">x</a>',
      '<a href="https://x.com/" onclick="x" rel="noopener noreferrer ugc" target="_blank">x</a>',
      '<a href="https://x.com/ x" rel="noopener noreferrer ugc" target="_blank">x</a>',
      '<a href="https://x.com" rel="noopener noreferrer ugc" target="_blank" class="evil">x</a>',
      '<p>text<script>alert(1)</script></p>',
      '<p>1 > 0</p>',
      '<span class="h-card">x</span>',
    ])
      expect(isRichTextHtml(html), html).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { htmlToText } from './htmlToText'

describe('htmlToText', () => {
  it('separates paragraphs with a blank line and keeps <br> as a new line', () => {
    expect(htmlToText('<p>first line<br>second line</p><p>next paragraph</p>')).toBe(
      'first line\nsecond line\n\nnext paragraph',
    )
  })

  it('decodes entities and collapses the whitespace of the markup', () => {
    expect(htmlToText('<p>  &quot;a&quot;\n   &amp;   b &lt;c&gt; </p>')).toBe('"a" & b <c>')
  })

  it('reads a Mastodon shortened link as its full URL', () => {
    const html =
      '<p>see <a href="https://www.example.com/a/very/long/path"><span class="invisible">https://www.</span><span class="ellipsis">example.com/a/very</span><span class="invisible">/long/path</span></a></p>'
    expect(htmlToText(html)).toBe('see https://www.example.com/a/very/long/path')
  })

  it('keeps mentions and hashtags as their text', () => {
    const html =
      '<p><span class="h-card"><a class="u-url mention" href="https://x.example/@lea">@<span>lea</span></a></span> hi <a class="mention hashtag" href="https://x.example/tags/cats">#<span>cats</span></a></p>'
    expect(htmlToText(html)).toBe('@lea hi #cats')
  })

  it('puts list items on their own lines and keeps preformatted text', () => {
    expect(htmlToText('<p>list:</p><ul><li>one</li><li>two</li></ul><pre>a\n  b</pre>')).toBe(
      'list:\n\none\ntwo\n\na\n  b',
    )
  })

  it('reads an image as its alt text (custom emoji)', () => {
    expect(
      htmlToText(
        '<p>hi <img class="custom-emoji" src="https://x.example/e.png" alt=":blobcat:"></p>',
      ),
    ).toBe('hi :blobcat:')
  })

  it('leaves out the content of scripts and styles', () => {
    expect(htmlToText('<p>a</p><script>alert(1)</script><style>p{}</style><p>b</p>')).toBe('a\n\nb')
  })

  it('returns an empty string for empty markup', () => {
    expect(htmlToText('')).toBe('')
    expect(htmlToText('<p></p>')).toBe('')
  })
})

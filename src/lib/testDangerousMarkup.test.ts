import { describe, expect, it } from 'vitest'
import { findDangerousMarkup } from './testDangerousMarkup'

describe('findDangerousMarkup', () => {
  it('finds handlers, scripts and scripted URLs in real markup', () => {
    expect(findDangerousMarkup('<img src=x onerror=alert(1)>')).toContain('img[onerror]')
    expect(findDangerousMarkup('<p>a</p><script>alert(1)</script>')).toContain('literal <script')
    expect(findDangerousMarkup('<a href="javascript:alert(1)">x</a>')).toEqual([
      'literal bad URL',
      'a[href=javascript:alert(1)]',
    ])
    expect(findDangerousMarkup("<a href=' java\tscript:x'>x</a>")).toContain(
      'a[href= java\tscript:x]',
    )
  })

  it('does not mistake a vector shown as text, or in a text attribute, for markup', () => {
    const shown = '<p title="src=data:text/html,x">&lt;img src=data:text/html,x onerror=1&gt;</p>'
    expect(findDangerousMarkup(shown)).toEqual([])
    expect(
      findDangerousMarkup('<img alt="href=javascript:alert(1)" src="https://a.example/i.png">'),
    ).toEqual([])
  })

  it('allows archived raster images only where asked, and never as a link', () => {
    const image = '<img src="data:image/png;base64,AAAA">'
    expect(findDangerousMarkup(image)).not.toEqual([])
    expect(findDangerousMarkup(image, { allowDataImages: true })).toEqual([])
    expect(
      findDangerousMarkup('<a href="data:image/png;base64,AAAA">x</a>', { allowDataImages: true }),
    ).not.toEqual([])
  })
})

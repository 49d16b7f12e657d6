import { describe, expect, it } from 'vitest'
import { customEmojiMap, renderStatusContent } from './statusContent'

const BLOBCAT = {
  shortcode: 'blobcat',
  url: 'https://e.example/blobcat.gif',
  static_url: 'https://e.example/blobcat.png',
}
const keep = { dropQuoteFallback: false }

describe('customEmojiMap', () => {
  it('prefers the static image and refuses unsafe URLs and odd shortcodes', () => {
    const map = customEmojiMap([
      BLOBCAT,
      { shortcode: 'animated_only', url: 'https://e.example/a.gif', static_url: null },
      { shortcode: 'js', static_url: 'javascript:alert(1)', url: 'javascript:alert(1)' },
      { shortcode: 'data', static_url: 'data:image/png;base64,AAAA' },
      { shortcode: 'relative', static_url: '/emoji/relative.png' },
      { shortcode: '"><img src=x onerror=alert(1)>', static_url: 'https://e.example/x.png' },
      { shortcode: 'x', static_url: 'https://e.example/too-short.png' },
    ])
    expect(Object.fromEntries(map)).toEqual({
      blobcat: 'https://e.example/blobcat.png',
      animated_only: 'https://e.example/a.gif',
    })
  })
})

describe('renderStatusContent', () => {
  it('replaces each known shortcode, also back to back and inside links', () => {
    const { html, text } = renderStatusContent(
      '<p>:blobcat::blobcat: <a href="https://x.example/">go :blobcat:</a> :nope:blobcat:</p>',
      [BLOBCAT],
      keep,
    )
    const body = new DOMParser().parseFromString(html, 'text/html').body
    expect(body.querySelectorAll('img.custom-emoji')).toHaveLength(4)
    expect(body.querySelector('a img.custom-emoji')).not.toBeNull()
    expect(body.textContent).toContain(':nope')
    expect(text).toBe(':blobcat::blobcat: go :blobcat: :nope:blobcat:')
  })

  it('never builds markup from an emoji URL: quotes in it stay inside the src', () => {
    const { html } = renderStatusContent(
      '<p>:evil:</p>',
      [{ shortcode: 'evil', static_url: 'https://e.example/a.png"onerror="alert(1)' }],
      keep,
    )
    const image = new DOMParser().parseFromString(html, 'text/html').querySelector('img')
    expect(image?.getAttribute('onerror')).toBeNull()
    expect(image?.getAttribute('src')).toBe('https://e.example/a.png%22onerror=%22alert(1)')
  })

  it('removes images the source put in the content, even ones that look like emoji', () => {
    const { html } = renderStatusContent(
      '<p>a<img class="custom-emoji" src="https://tracker.example/pixel.gif" alt=":x:">b</p>',
      [],
      keep,
    )
    expect(html).toBe('<p>ab</p>')
  })

  it('reads the quote fallback link, and drops the paragraph only when asked', () => {
    const content =
      '<p class="quote-inline">RE: <a href="https://a.example/@lea/1">a.example/@lea/1</a></p><p>mine</p>'
    expect(renderStatusContent(content, [], { dropQuoteFallback: true })).toEqual({
      html: '<p>mine</p>',
      text: 'mine',
      quoteFallbackUrl: 'https://a.example/@lea/1',
    })
    const kept = renderStatusContent(content, [], keep)
    expect(kept.text).toBe('RE: a.example/@lea/1\n\nmine')
    expect(kept.quoteFallbackUrl).toBe('https://a.example/@lea/1')
  })

  it('ignores a quote fallback link that is not http(s)', () => {
    const content = '<p class="quote-inline">RE: <a href="javascript:alert(1)">x</a></p><p>b</p>'
    expect(renderStatusContent(content, [], { dropQuoteFallback: true }).quoteFallbackUrl).toBe(
      undefined,
    )
  })
})

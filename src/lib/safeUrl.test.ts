import { describe, expect, it } from 'vitest'
import { parseHttpUrl, safeHttpUrl, safeMediaUrl } from './safeUrl'

describe('safeHttpUrl', () => {
  it.each([
    'https://example.social/@lea/1',
    'http://example.com',
    'HTTPS://EXAMPLE.COM/a?b=c#d',
    '/sample/lake.jpg',
    '/',
  ])('keeps %s', (url) => {
    expect(safeHttpUrl(url)).toBe(url)
  })

  it.each([
    undefined,
    '',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:image/png;base64,AAAA',
    'blob:https://example.com/uuid',
    'mailto:lea@example.social',
    'ftp://example.com/file',
    '//evil.example/x',
    '/\\evil.example/x',
    '/\t/evil.example',
    '/a\nb',
    'relative/path.jpg',
    'https//missing-colon',
  ])('refuses %j', (url) => {
    expect(safeHttpUrl(url)).toBeUndefined()
  })
})

describe('safeMediaUrl', () => {
  it.each([
    'https://files.example.social/a.jpg',
    '/sample/lake.jpg',
    'blob:https://storyloom.example/0c3e-11',
    'data:image/png;base64,iVBORw0KGgo=',
    'data:image/jpeg;base64,/9j/4AAQ',
    'data:image/webp;base64,UklGR',
    'data:image/gif;base64,R0lGOD',
  ])('keeps %s', (url) => {
    expect(safeMediaUrl(url)).toBe(url)
  })

  it.each([
    undefined,
    'javascript:alert(1)',
    'data:image/svg+xml;base64,PHN2Zz4=',
    'data:image/svg+xml,<svg onload=alert(1)>',
    'data:text/html;base64,PHNjcmlwdD4=',
    'data:image/png,notbase64',
    'data:image/png;base64,AAAA"onerror="alert(1)',
    'vbscript:x',
    '//evil.example/a.jpg',
  ])('refuses %j', (url) => {
    expect(safeMediaUrl(url)).toBeUndefined()
  })
})

describe('parseHttpUrl', () => {
  it.each([
    ['https://news.ycombinator.com/item?id=8863', 'https://news.ycombinator.com/item?id=8863'],
    ['HTTP://Example.COM/a', 'http://example.com/a'],
    ['https://example.social/@lea/1#top', 'https://example.social/@lea/1#top'],
  ])('parses %s', (link, href) => {
    const url = parseHttpUrl(link)
    expect(url).toBeInstanceOf(URL)
    expect(url?.href).toBe(href)
  })

  it.each([
    '',
    'not a url',
    '/sample/lake.jpg',
    '//evil.example/x',
    'javascript:alert(1)',
    'data:image/png;base64,AAAA',
    'blob:https://example.com/uuid',
    'mailto:lea@example.social',
    'ftp://example.com/file',
  ])('refuses %j', (link) => {
    expect(parseHttpUrl(link)).toBeUndefined()
  })
})

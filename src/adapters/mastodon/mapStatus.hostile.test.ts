import { describe, expect, it } from 'vitest'
import { findDangerousMarkup } from '../../lib/testDangerousMarkup'
import { mapStatus } from './mapStatus'
import type { RawStatus } from './rawTypes'

const OPTIONS = { server: 'https://evil.example', fetchedAt: '2026-08-02T10:00:00.000Z' }

/** A status as a hostile server could send it: every string an attack. */
const hostileStatus = (overrides: Partial<RawStatus> = {}): RawStatus => ({
  id: '1',
  uri: 'https://evil.example/users/mallory/statuses/1',
  url: 'javascript:alert("url")',
  created_at: '2026-08-01T00:00:00.000Z',
  content:
    '<p>hi<script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)" onclick="alert(4)">click</a>' +
    '<a href="https://ok.example/" style="position:fixed;inset:0">ok</a>' +
    '<iframe src="https://evil.example/"></iframe><svg onload="alert(5)"></svg>' +
    '<img src="data:image/svg+xml;base64,PHN2Zz4=">' +
    '<span class="custom-emoji overlay" onmouseover="alert(6)">:boom: :fine:</span></p>',
  spoiler_text: '<img src=x onerror=alert(7)>',
  account: {
    id: '9',
    username: 'mallory<script>',
    acct: 'mallory',
    display_name: '<b onmouseover=alert(8)>Mallory</b>',
    url: 'javascript:alert("profile")',
    avatar_static: 'javascript:alert("avatar")',
    avatar: 'data:image/svg+xml,<svg onload=alert(9)>',
  },
  emojis: [
    { shortcode: 'boom', static_url: 'javascript:alert(10)', url: 'javascript:alert(10)' },
    { shortcode: 'fine', static_url: 'https://evil.example/e.png" onerror="alert(11)' },
    { shortcode: 'x" onerror="alert(12)', static_url: 'https://evil.example/x.png' },
  ],
  media_attachments: [
    { type: 'image', url: 'javascript:alert(13)', description: '<script>' },
    {
      type: 'video',
      url: 'https://evil.example/v.mp4',
      preview_url: 'data:image/svg+xml,<svg onload=alert(14)>',
      description: '"><script>alert(15)</script>',
    },
  ],
  card: {
    url: 'https://evil.example/page',
    title: '<script>alert(16)</script>',
    image: 'javascript:alert(17)',
  },
  ...overrides,
})

describe('mapStatus on hostile input', () => {
  const post = mapStatus(hostileStatus(), OPTIONS)

  it('leaves nothing in the HTML that could run script or load active content', () => {
    expect(findDangerousMarkup(post.html)).toEqual([])
    expect(post.html).not.toMatch(/<script|<iframe|<svg|\son\w+\s*=|\sstyle=/i)
    expect(post.html).not.toMatch(/javascript:|data:/i)
  })

  it('keeps the text of the link with a javascript: href, without the href', () => {
    const body = new DOMParser().parseFromString(post.html, 'text/html').body
    const links = Array.from(body.querySelectorAll('a'))
    expect(links.map((link) => link.getAttribute('href'))).toEqual([null, 'https://ok.example/'])
    expect(links[0]?.textContent).toBe('click')
  })

  it('builds emoji only from http(s) URLs, and keeps a quote-bearing URL inside src', () => {
    const body = new DOMParser().parseFromString(post.html, 'text/html').body
    const images = Array.from(body.querySelectorAll('img'))
    expect(images).toHaveLength(1)
    expect(images[0]?.getAttribute('alt')).toBe(':fine:')
    expect(images[0]?.getAttribute('src')).toMatch(/^https:\/\/evil\.example\/e\.png/)
    expect(images[0]?.hasAttribute('onerror')).toBe(false)
    expect(body.textContent).toContain(':boom:')
  })

  it('drops unsafe URLs: post link falls back to the uri, no profile, avatar or bad media', () => {
    expect(post.url).toBe('https://evil.example/users/mallory/statuses/1')
    expect(post.author.url).toBeUndefined()
    expect(post.author.avatarUrl).toBeUndefined()
    expect(post.author.handle).toBe('@mallory<script>@evil.example')
    expect(post.media).toEqual([
      { kind: 'video', url: 'https://evil.example/v.mp4', alt: '"><script>alert(15)</script>' },
    ])
    expect(post.card).toEqual({
      url: 'https://evil.example/page',
      title: '<script>alert(16)</script>',
    })
  })

  it('keeps names, content warnings and alt text as plain strings (rendered as text)', () => {
    expect(post.author.name).toBe('<b onmouseover=alert(8)>Mallory</b>')
    expect(post.contentWarning).toBe('<img src=x onerror=alert(7)>')
    expect(post.text).not.toContain('alert(1)')
  })

  it('builds no link from a javascript: status url or uri', () => {
    const noUrls = mapStatus(
      hostileStatus({ uri: 'javascript:alert(1)', url: 'javascript:alert(2)' }),
      OPTIONS,
    )
    expect(noUrls.url).toBe('https://evil.example/@mallory/1')
  })

  it('refuses a card whose link is not http(s)', () => {
    const post = mapStatus(
      hostileStatus({ card: { url: 'javascript:alert(1)', title: 'x' } }),
      OPTIONS,
    )
    expect(post.card).toBeUndefined()
  })

  it('maps a hostile quoted status just as safely', () => {
    const post = mapStatus(
      hostileStatus({ quote: { state: 'accepted', quoted_status: hostileStatus({ id: '2' }) } }),
      OPTIONS,
    )
    if (post.quote?.state !== 'available') throw new Error('expected an available quote')
    expect(findDangerousMarkup(post.quote.post.html)).toEqual([])
    expect(post.quote.post.sourceRef).toBe('https://evil.example/api/v1/statuses/2')
  })

  it('encodes a hostile local id in sourceRef', () => {
    const post = mapStatus(hostileStatus({ id: '../../admin?x=1' }), OPTIONS)
    expect(post.sourceRef).toBe('https://evil.example/api/v1/statuses/..%2F..%2Fadmin%3Fx%3D1')
  })
})

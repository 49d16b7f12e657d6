import { describe, expect, it } from 'vitest'
import { readFixtureJson } from '../../test/fixturePath'
import { mapOembed } from './mapOembed'
import { OEMBED_PROVIDERS, type OembedProvider } from './providers'

const provider = (name: string): OembedProvider => {
  const found = OEMBED_PROVIDERS.find((candidate) => candidate.name === name)
  if (!found) throw new Error(`no provider ${name}`)
  return found
}

const youtube = (overrides: Record<string, unknown>) =>
  mapOembed({
    data: { ...(readFixtureJson('oembed/ruby-oembed-youtube.json') as object), ...overrides },
    page: new URL('https://www.youtube.com/watch?v=pO5L6vXtxsI'),
    provider: provider('YouTube'),
    fetchedAt: '2026-08-02T10:00:00.000Z',
  })

const HOSTILE_HTML = [
  '<script>alert(1)</script><iframe src="https://evil.example/embed/x"></iframe>',
  '<img src=x onerror="alert(1)"><iframe src="javascript:alert(1)"></iframe>',
  '<iframe src="http://www.youtube.com/embed/abc"></iframe>',
  '<iframe src="https://www.youtube.com.evil.example/embed/abc"></iframe>',
  '<iframe src="https://user:pw@www.youtube.com/embed/abc"></iframe>',
  '<iframe src="https://www.youtube.com:8443/embed/abc"></iframe>',
  '<iframe src="https://www.youtube.com/redirect?q=https://evil.example"></iframe>',
  '<iframe src="https://player.vimeo.com/video/1"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
]

describe('hostile oEmbed answers', () => {
  it.each(HOSTILE_HTML)('never keeps the provider html nor a foreign player: %s', (html) => {
    const post = youtube({ html, title: 'Hello' })
    expect(post.html).toBe('<p>Hello</p>')
    expect(post.embed?.playerUrl).toBeUndefined()
    expect(JSON.stringify(post)).not.toMatch(/evil\.example|javascript:|onerror|<script|srcdoc/)
  })

  it('escapes a title full of markup instead of keeping it', () => {
    const post = youtube({ title: '<img src=x onerror=alert(1)>"&\'' })
    expect(post.html).toBe('<p>&#60;img src=x onerror=alert(1)&#62;&#34;&#38;&#39;</p>')
    expect(post.text).toBe('<img src=x onerror=alert(1)>"&\'')
  })

  it('drops links that are not http(s) from author, thumbnail and provider', () => {
    const post = youtube({
      author_url: 'javascript:alert(1)',
      thumbnail_url: 'data:image/svg+xml,<svg onload=alert(1)>',
      provider_url: 'vbscript:msgbox',
    })
    expect(post.author.url).toBeUndefined()
    expect(post.author.handle).toBe('youtube.com')
    expect(post.card?.imageUrl).toBeUndefined()
    expect(post.embed?.providerUrl).toBeUndefined()
  })

  it('strips bidi overrides, isolates and zero-width characters from every string', () => {
    const post = youtube({
      title: '\u202eevil\u2066 title\u200b',
      author_name: '\u2067name\u2069\ufeff',
      provider_name: 'You\u202aTube',
    })
    expect(post.text).toBe('evil title')
    expect(post.author.name).toBe('name')
    expect(post.card?.siteName).toBe('YouTube')
    expect(youtube({ title: 'bell\u0007 and\u0000 null' }).text).toBe('bell and null')
    // Emoji sequences keep their joiner.
    expect(youtube({ title: '👩\u200d💻' }).text).toBe('👩\u200d💻')
  })

  it('ignores non-string fields where strings belong', () => {
    const post = youtube({ title: { toString: 'x' }, author_name: 42, html: ['<iframe>'] })
    expect(post.text).toBe('')
    expect(post.author.name).toBe('YouTube')
    expect(post.embed?.playerUrl).toBeUndefined()
  })
})

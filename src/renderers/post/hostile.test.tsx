import { cleanup, render } from '@testing-library/react'
import fc from 'fast-check'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterEach, describe, expect, it } from 'vitest'
import type { Media, Post } from '../../domain/post'
import { findDangerousMarkup } from '../../lib/testDangerousMarkup'
import { hostilePost, makeTestPost } from '../testPosts'
import { PostCard } from './PostCard'

afterEach(cleanup)

const both = (post: Post): [string, string][] => [
  ['DOM render', render(<PostCard post={post} locale="en" />).container.innerHTML],
  ['static markup', renderToStaticMarkup(<PostCard post={post} locale="en" />)],
]

describe('a hostile post', () => {
  it.each(both(hostilePost()))('leaves nothing dangerous in the %s', (_how, markup) => {
    expect(findDangerousMarkup(markup)).toEqual([])
    expect(markup).not.toMatch(/javascript:|vbscript:|data:text|data:image\/svg/i)
    expect(markup).not.toMatch(/src=""|href=""/)
  })

  it('keeps its text as text', () => {
    const { container } = render(<PostCard post={hostilePost()} locale="en" />)
    expect(container.querySelector('.post-author-name')?.textContent).toBe(
      'Mallory<script>alert(1)</script>',
    )
    expect(container.querySelector('.post-link-title')?.textContent).toBe(
      '<script>alert(1)</script>',
    )
    expect(container.querySelector('.post-body')?.textContent).toContain('click')
  })

  it('links nothing whose URL was refused', () => {
    const { container } = render(<PostCard post={hostilePost()} locale="en" />)
    const hrefs = Array.from(container.querySelectorAll('[href]'), (el) => el.getAttribute('href'))
    expect(hrefs).toEqual([])
    expect(container.querySelector('.post-original')).toBeNull()
    expect(container.querySelector('img.post-avatar')).toBeNull()
    expect(container.querySelector('.post-link-card--refused')).not.toBeNull()
    // Every refused media item is a labelled placeholder.
    expect(container.querySelectorAll('.post-media-placeholder')).toHaveLength(5)
    expect(
      container.querySelectorAll('.post-media img, .post-media video, .post-media audio'),
    ).toHaveLength(0)
  })

  it('drops metrics that are not finite, non-negative numbers', () => {
    const { container } = render(<PostCard post={hostilePost()} locale="en" />)
    expect(container.querySelector('.post-metrics')).toBeNull()
  })

  it('drops a media type that is not a plain MIME type', () => {
    const post = makeTestPost('mime', {
      media: [
        {
          kind: 'video',
          url: 'https://x.example/v.mp4',
          alt: '',
          mimeType: 'video/mp4" onerror="alert(1)',
        },
      ],
    })
    const { container } = render(<PostCard post={post} locale="en" />)
    expect(container.querySelector('source')?.hasAttribute('type')).toBe(false)
  })

  it('isolates a right-to-left override in a name inside our sentences', () => {
    const post = makeTestPost('bidi', {
      repostedBy: { name: '\u202Eevil', handle: '@e' },
      author: { name: '\u202Eevil', handle: '@e' },
    })
    const { container } = render(<PostCard post={post} locale="en" />)
    expect(container.querySelector('.post-boost')?.textContent).toBe(
      'Boosted by \u2068\u202Eevil\u2069',
    )
    expect(container.querySelector('.post-author-name bdi')).not.toBeNull()
  })

  it('shows an unparsable date as written instead of throwing', () => {
    const post = makeTestPost('date', { createdAt: 'yesterday-ish' })
    const { container } = render(<PostCard post={post} locale="en" />)
    expect(container.querySelector('time.post-date')?.textContent).toBe('yesterday-ish')
  })

  it('draws an unknown media kind as an image or a placeholder, never raw', () => {
    const post = makeTestPost('kind', {
      media: [{ kind: 'iframe' as Media['kind'], url: 'https://x.example/a.jpg', alt: 'x' }],
    })
    const { container } = render(<PostCard post={post} locale="en" />)
    expect(container.querySelector('iframe')).toBeNull()
    expect(container.querySelector('.post-media img')?.getAttribute('src')).toBe(
      'https://x.example/a.jpg',
    )
  })
})

describe('any post built from hostile strings', () => {
  const dangerousUrl = fc.constantFrom(
    'javascript:alert(1)',
    ' JAVASCRIPT:alert(1)',
    'java\nscript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:image/svg+xml,<svg onload=alert(1)>',
    '//evil.example/x',
    '/\\evil.example',
    '" onerror="alert(1)',
    "'><script>alert(1)</script>",
    'https://ok.example/" onmouseover="alert(1)',
  )
  const url = fc.oneof(dangerousUrl, fc.webUrl(), fc.string(), fc.constant(undefined))
  const text = fc.oneof(
    fc.string(),
    fc.constantFrom(
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '"><svg onload=alert(1)>',
    ),
  )
  const html = fc
    .array(
      fc.oneof(
        text,
        fc.constantFrom(
          '<a href="javascript:alert(1)">',
          '<p onclick="alert(1)">',
          '<iframe name="x">',
          '<math><mi xlink:href="javascript:alert(1)">',
          '<svg><script>alert(1)</script>',
          '<form><button formaction="javascript:alert(1)">',
        ),
      ),
      { maxLength: 8 },
    )
    .map((parts) => parts.join(''))
  const media = fc.record({
    kind: fc.constantFrom<Media['kind']>('image', 'video', 'gifv', 'audio'),
    url: url.map((value) => value ?? ''),
    previewUrl: url,
    alt: text,
    mimeType: fc.option(text, { nil: undefined }),
  })
  const post = fc
    .record({
      url: url.map((value) => value ?? ''),
      html,
      text,
      authorUrl: url,
      avatarUrl: url,
      name: text,
      cw: fc.option(text, { nil: undefined }),
      media: fc.array(media, { maxLength: 5 }),
      cardUrl: url,
      cardImage: url,
      replyUrl: url,
      quoteUrl: url,
    })
    .map((p): Post =>
      makeTestPost('p', {
        url: p.url,
        html: p.html,
        text: p.text,
        author: { name: p.name, handle: p.name, url: p.authorUrl, avatarUrl: p.avatarUrl },
        contentWarning: p.cw,
        media: p.media,
        card: { url: p.cardUrl ?? '', title: p.name, imageUrl: p.cardImage },
        replyTo: { url: p.replyUrl, authorHandle: p.name },
        repostedBy: { name: p.name, handle: p.name, url: p.authorUrl },
        quote: { state: 'unavailable', reason: 'deleted', url: p.quoteUrl },
      }),
    )

  it('renders to static markup with nothing dangerous', () => {
    fc.assert(
      fc.property(post, (hostile) => {
        const markup = renderToStaticMarkup(<PostCard post={hostile} locale="en" />)
        expect(findDangerousMarkup(markup, { allowDataImages: true })).toEqual([])
      }),
      { numRuns: 200 },
    )
  })
})

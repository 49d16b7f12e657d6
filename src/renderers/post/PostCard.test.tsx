import { cleanup, render, screen, within } from '@testing-library/react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterEach, describe, expect, it } from 'vitest'
import {
  boostPost,
  cwPost,
  fullPost,
  image,
  linkCardPost,
  makeTestPost,
  quotingPost,
  replyPost,
  revokedQuotePost,
  sensitivePost,
  unavailablePost,
  videoPost,
} from '../testPosts'
import { PostCard } from './PostCard'

afterEach(cleanup)

/** Isolate marks (U+2068/U+2069) wrap names in sentences; tests read the words. */
const words = (element: Element | null): string =>
  (element?.textContent ?? '')
    .replace(/[\u2068\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim()

const EXTERNAL = { rel: 'noopener noreferrer ugc', target: '_blank' }

const expectExternal = (link: Element | null, href: string) => {
  expect(link?.getAttribute('href')).toBe(href)
  expect(link?.getAttribute('rel')).toBe(EXTERNAL.rel)
  expect(link?.getAttribute('target')).toBe(EXTERNAL.target)
}

describe('PostCard, full post', () => {
  it('draws a div root with the post language, never an article', () => {
    const { container } = render(<PostCard post={fullPost()} locale="en" />)
    const root = container.firstElementChild
    expect(root?.tagName).toBe('DIV')
    expect(root?.className).toContain('post-card')
    expect(root?.getAttribute('lang')).toBe('en')
    expect(container.querySelector('article')).toBeNull()
    expect(container.querySelector('h1, h2, h3, h4, h5, h6')).toBeNull()
  })

  it('shows the author, source badge, date and an avatar with empty alt', () => {
    const { container } = render(<PostCard post={fullPost()} locale="en" />)
    expect(screen.getByText('Léa Martin')).toBeTruthy()
    expect(screen.getByText('@lea@example.social')).toBeTruthy()
    expect(screen.getByText('Mastodon')).toBeTruthy()
    const avatar = container.querySelector('img.post-avatar')
    expect(avatar?.getAttribute('alt')).toBe('')
    expect(avatar?.getAttribute('src')).toBe('https://files.example.social/avatars/lea.png')
    const time = container.querySelector('time.post-date')
    expect(time?.getAttribute('dateTime')).toBe('2024-04-30T08:00:00.000Z')
    expect(time?.textContent).toMatch(/2024/)
    expectExternal(screen.getByText('Léa Martin').closest('a'), 'https://example.social/@lea')
  })

  it('renders the sanitised body with mention and hashtag links', () => {
    const { container } = render(<PostCard post={fullPost()} locale="en" />)
    const body = container.querySelector('.post-body')
    expect(body?.textContent).toContain('The lake froze overnight!')
    expectExternal(body?.querySelector('a.hashtag') ?? null, 'https://example.social/tags/winter')
    expect(body?.querySelector('a.mention')?.getAttribute('href')).toBe(
      'https://example.social/@bob',
    )
  })

  it('shows metrics with plurals and a "View original" link', () => {
    const { container } = render(<PostCard post={fullPost()} locale="en" />)
    const metrics = container.querySelector('ul.post-metrics')
    expect(metrics?.getAttribute('aria-label')).toBe('Reactions')
    expect(Array.from(metrics?.querySelectorAll('li') ?? [], (li) => li.textContent)).toEqual([
      '3 replies',
      '1 repost',
      '12 likes',
      '1 quote',
    ])
    expectExternal(
      screen.getByText('View original').closest('a'),
      'https://example.social/@lea/full',
    )
  })

  it('marks an edited post with a time element', () => {
    const post = makeTestPost('edited', { editedAt: '2024-05-01T10:00:00.000Z' })
    render(<PostCard post={post} locale="en" />)
    const edited = screen.getByText('Edited')
    expect(edited.tagName).toBe('TIME')
    expect(edited.getAttribute('dateTime')).toBe('2024-05-01T10:00:00.000Z')
  })

  it('falls back to the plain text when a post has no HTML', () => {
    const post = makeTestPost('plain', { html: '', text: 'Only text\nsecond line' })
    const { container } = render(<PostCard post={post} locale="en" />)
    expect(container.querySelector('.post-body--plain')?.textContent).toBe('Only text\nsecond line')
  })

  it('the compact variant leaves out metrics but keeps the original link', () => {
    const { container } = render(<PostCard post={fullPost()} locale="en" variant="compact" />)
    expect(container.querySelector('.post-card--compact')).not.toBeNull()
    expect(container.querySelector('.post-metrics')).toBeNull()
    expect(screen.getByText('View original')).toBeTruthy()
  })
})

describe('PostCard, content warning and sensitive media', () => {
  it('hides the body and media inside a closed <details> behind the warning', () => {
    const { container } = render(<PostCard post={cwPost()} locale="en" />)
    const details = container.querySelector('details.post-cw')
    expect(details).not.toBeNull()
    expect(details?.hasAttribute('open')).toBe(false)
    const summary = details?.querySelector(':scope > summary') ?? null
    expect(words(summary)).toContain('Content warning')
    expect(words(summary)).toContain('Spoilers for the finale')
    expect(words(summary)).toContain('Show content')
    expect(details?.querySelector('.post-body')?.textContent).toBe('The lake wins.')
    expect(details?.querySelector('.post-media img')).not.toBeNull()
    // The warning already hides the media: no second "show" step.
    expect(container.querySelector('.post-media-sensitive')).toBeNull()
    // Header and footer stay outside: who posted, and where, is not hidden.
    expect(details?.querySelector('.post-header')).toBeNull()
  })

  it('wraps sensitive media in their own <details>', () => {
    const { container } = render(<PostCard post={sensitivePost()} locale="en" />)
    const details = container.querySelector('details.post-media-sensitive')
    expect(words(details?.querySelector('summary') ?? null)).toContain('Sensitive media — show')
    expect(details?.querySelectorAll('img')).toHaveLength(2)
    expect(container.querySelector('.post-body')?.closest('details')).toBeNull()
  })
})

describe('PostCard, media', () => {
  it('draws images with alt, size, lazy loading, and notes a missing description', () => {
    const { container } = render(<PostCard post={sensitivePost()} locale="en" />)
    const [described, undescribed] = Array.from(container.querySelectorAll('.post-media img'))
    expect(described?.getAttribute('alt')).toBe('A frozen lake under a pale sky')
    expect(described?.getAttribute('loading')).toBe('lazy')
    expect(described?.getAttribute('decoding')).toBe('async')
    expect(described?.getAttribute('width')).toBe('1200')
    expect(described?.getAttribute('height')).toBe('800')
    expect(undescribed?.getAttribute('alt')).toBe('')
    expect(container.querySelectorAll('.post-media-noalt')).toHaveLength(1)
    expect(screen.getByText('No description')).toBeTruthy()
    expect(container.querySelector('.post-media--2')).not.toBeNull()
  })

  it('draws a video, a gifv and an audio file', () => {
    const { container } = render(<PostCard post={videoPost()} locale="en" />)
    const [clip, gif] = Array.from(container.querySelectorAll('video'))
    expect(clip?.hasAttribute('controls')).toBe(true)
    expect(clip?.getAttribute('preload')).toBe('none')
    expect(clip?.getAttribute('poster')).toBe('https://files.example.social/media/ice.jpg')
    expect(clip?.getAttribute('aria-label')).toBe('Ice cracking near the shore')
    const source = clip?.querySelector('source')
    expect(source?.getAttribute('src')).toBe('https://files.example.social/media/ice.mp4')
    expect(source?.getAttribute('type')).toBe('video/mp4')
    expect(gif?.hasAttribute('loop')).toBe(true)
    expect(gif?.hasAttribute('autoplay')).toBe(false)
    expect(gif?.getAttribute('aria-label')).toBe('GIF')
    const audio = container.querySelector('audio')
    expect(audio?.hasAttribute('controls')).toBe(true)
    expect(audio?.getAttribute('aria-label')).toBe('Wind')
    expect(audio?.querySelector('source')?.getAttribute('src')).toBe(
      'https://files.example.social/media/wind.mp3',
    )
  })

  it('renders gifv as a muted video in static markup too', () => {
    const markup = renderToStaticMarkup(<PostCard post={videoPost()} locale="en" />)
    expect(markup).toMatch(/<video[^>]*\bmuted\b[^>]*\bloop\b|<video[^>]*\bloop\b[^>]*\bmuted\b/)
  })

  it('accepts bundled sample media and archived data images', () => {
    const post = makeTestPost('archived', {
      media: [
        image({ url: '/sample/lake.jpg' }),
        image({ url: 'data:image/png;base64,iVBORw0KGgo=' }),
      ],
    })
    const { container } = render(<PostCard post={post} locale="en" />)
    expect(
      Array.from(container.querySelectorAll('.post-media img'), (img) => img.getAttribute('src')),
    ).toEqual(['/sample/lake.jpg', 'data:image/png;base64,iVBORw0KGgo='])
  })

  it('shows a labelled placeholder, never an empty src, when a media URL is refused', () => {
    const post = makeTestPost('refused', {
      media: [image({ url: 'javascript:alert(1)', previewUrl: undefined, alt: 'A heron' })],
    })
    const { container } = render(<PostCard post={post} locale="en" />)
    expect(container.querySelector('img.post-avatar ~ img, .post-media img')).toBeNull()
    const placeholder = container.querySelector('.post-media-placeholder')
    expect(words(placeholder)).toContain('Image not shown: its address is not allowed')
    expect(words(placeholder)).toContain('A heron')
    expect(container.innerHTML).not.toMatch(/src=""/)
  })
})

describe('PostCard, link card', () => {
  it('links the preview with safe attributes and shows site, title and description', () => {
    const { container } = render(<PostCard post={linkCardPost()} locale="en" />)
    const card = container.querySelector('a.post-link-card')
    expectExternal(card, 'https://news.example.com/lakes/frozen')
    expect(words(card)).toContain('Example News')
    expect(words(card)).toContain('Why lakes freeze from the top')
    expect(words(card)).toContain('Water is densest at 4 °C.')
    expect(card?.querySelector('img')?.getAttribute('alt')).toBe('')
  })

  it('falls back to the host name when the card has no site name', () => {
    const post = makeTestPost('card2', { card: { url: 'https://www.example.org/a', title: 'T' } })
    const { container } = render(<PostCard post={post} locale="en" />)
    expect(container.querySelector('.post-link-site')?.textContent).toBe('example.org')
  })
})

describe('PostCard, quotes', () => {
  it('draws an available quote as a compact card in a blockquote, and stops nesting there', () => {
    const { container } = render(<PostCard post={quotingPost()} locale="en" />)
    const quotes = container.querySelectorAll('blockquote.post-quote')
    expect(quotes).toHaveLength(1)
    const quote = quotes[0] as HTMLElement
    expect(quote.getAttribute('cite')).toBe('https://example.social/@lea/quoted')
    const card = quote.querySelector('.post-card--compact')
    expect(card).not.toBeNull()
    expect(within(quote).getByText('Quoted words')).toBeTruthy()
    expect(within(quote).queryByText('99 likes')).toBeNull()
    expect(within(quote).queryByText('Too deep to show')).toBeNull()
    const deeper = quote.querySelector('.post-quote-link a')
    expect(words(deeper)).toBe('Quoted post by @cleo@example.social')
    expectExternal(deeper, 'https://example.social/@lea/deeper')
  })

  it('says why an unavailable quote cannot be shown', () => {
    const { container } = render(<PostCard post={revokedQuotePost()} locale="en" />)
    const quote = container.querySelector('blockquote.post-quote--unavailable')
    expect(quote?.getAttribute('cite')).toBe('https://example.social/@bob/9')
    expect(words(quote?.querySelector('.post-notice') ?? null)).toBe(
      'The quoted post is no longer available (the author removed the quote)',
    )
    expectExternal(quote?.querySelector('a') ?? null, 'https://example.social/@bob/9')
  })
})

describe('PostCard, context and availability', () => {
  it('shows the reply line as a link', () => {
    const { container } = render(<PostCard post={replyPost()} locale="en" />)
    const line = container.querySelector('.post-reply a')
    expect(words(line)).toBe('Replying to @bob@example.social')
    expectExternal(line, 'https://example.social/@bob/1')
  })

  it('shows a reply without a known author', () => {
    const post = makeTestPost('r2', { replyTo: {} })
    const { container } = render(<PostCard post={post} locale="en" />)
    expect(words(container.querySelector('.post-reply'))).toBe('Replying to a post')
    expect(container.querySelector('.post-reply a')).toBeNull()
  })

  it('shows who boosted the post', () => {
    const { container } = render(<PostCard post={boostPost()} locale="en" />)
    const line = container.querySelector('.post-boost a')
    expect(words(line)).toBe('Boosted by Alice')
    expectExternal(line, 'https://example.social/@alice')
  })

  it('keeps the snapshot of an unavailable post and says so in words', () => {
    const { container } = render(<PostCard post={unavailablePost()} locale="en" />)
    expect(container.querySelector('.post-body')?.textContent).toBe('Still in the archive')
    const notice = container.querySelector('.post-notice--unavailable')
    expect(notice?.getAttribute('role')).toBe('note')
    expect(notice?.textContent).toBe('This post is no longer available at its source (deleted)')
  })
})

describe('PostCard in French', () => {
  it('uses French strings, plurals and dates', () => {
    const post = makeTestPost('fr', {
      ...unavailablePost(),
      source: 'sample',
      contentWarning: 'Divulgâchage',
      editedAt: '2024-05-01T10:00:00.000Z',
      metrics: { replies: 0, reposts: 1, likes: 2, quotes: 1500 },
      repostedBy: { name: 'Alice', handle: '@alice' },
      replyTo: { authorHandle: '@bob' },
      media: [image({ alt: '' })],
    })
    const { container } = render(<PostCard post={post} locale="fr" />)
    const text = words(container)
    for (const expected of [
      'Partagé par Alice',
      'En réponse à @bob',
      'Ce message n’est plus disponible à sa source (supprimé)',
      'Exemple',
      'Modifié',
      'Avertissement',
      'Afficher le contenu',
      'Sans description',
      'Voir l’original',
    ]) {
      expect(text).toContain(expected)
    }
    const metrics = Array.from(container.querySelectorAll('.post-metrics li'), (li) => words(li))
    expect(metrics.slice(0, 3)).toEqual(['0 réponse', '1 partage', '2 j’aime'])
    expect(metrics[3]).toMatch(/^1,5\sk citations$/)
    expect(container.querySelector('.post-metrics')?.getAttribute('aria-label')).toBe('Réactions')
    expect(words(container.querySelector('time.post-date'))).toMatch(/avr\.? 2024/)
    expect(container.querySelector('.post-footer')?.getAttribute('lang')).toBe('fr')
  })

  it('says in French why a quote is unavailable', () => {
    const { container } = render(<PostCard post={revokedQuotePost()} locale="fr" />)
    expect(words(container.querySelector('.post-quote .post-notice'))).toBe(
      'Le message cité n’est plus disponible (l’auteur a retiré la citation)',
    )
  })
})

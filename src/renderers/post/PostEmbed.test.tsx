import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterEach, describe, expect, it } from 'vitest'
import type { Post, PostEmbed as PostEmbedData } from '../../domain/post'
import { StaticRenderContext } from '../staticRender'
import { makeTestPost } from '../testPosts'
import { PostCard } from './PostCard'
import { PostEmbed } from './PostEmbed'

afterEach(cleanup)

const PLAYER = 'https://www.youtube.com/embed/pO5L6vXtxsI?feature=oembed'
const TITLE = 'CKEditor 4.5 - Embedding Media Resources with oEmbed'

const embedPost = (embed: Partial<PostEmbedData> = {}, overrides: Partial<Post> = {}): Post =>
  makeTestPost('yt', {
    id: 'oembed:https://youtube.com/watch?v=pO5L6vXtxsI',
    source: 'oembed',
    url: 'https://www.youtube.com/watch?v=pO5L6vXtxsI',
    author: { name: 'CKEditor', handle: '@CKEditor', url: 'https://www.youtube.com/@CKEditor' },
    text: TITLE,
    html: `<p>${TITLE}</p>`,
    card: {
      url: 'https://www.youtube.com/watch?v=pO5L6vXtxsI',
      title: TITLE,
      imageUrl: 'https://i.ytimg.com/vi/pO5L6vXtxsI/hqdefault.jpg',
      siteName: 'YouTube',
    },
    embed: {
      type: 'video',
      provider: 'YouTube',
      playerUrl: PLAYER,
      width: 200,
      height: 113,
      ...embed,
    },
    ...overrides,
  })

const draw = (post: Post, locale: 'en' | 'fr' = 'en') => {
  if (!post.embed) throw new Error('not an embed post')
  return render(<PostEmbed post={post} embed={post.embed} locale={locale} />)
}

describe('PostEmbed, static markup (exports)', () => {
  it('draws the card alone: no iframe, script or button', () => {
    const post = embedPost()
    const html = renderToStaticMarkup(
      <PostEmbed post={post} embed={post.embed as PostEmbedData} locale="en" />,
    )
    expect(html).not.toMatch(/<iframe|<script|<button/i)
    expect(html).toContain('src="https://i.ytimg.com/vi/pO5L6vXtxsI/hqdefault.jpg"')
    expect(html).toContain(TITLE)
    expect(html).toContain('Open on \u2068YouTube\u2069')
    expect(html).toContain('aspect-ratio:200 / 113')
  })

  it('is what PostCard draws for an embed post, instead of the plain link card', () => {
    const html = renderToStaticMarkup(<PostCard post={embedPost()} locale="en" />)
    expect(html).toContain('class="post-embed post-embed--video"')
    expect(html).not.toContain('post-link-card')
    expect(html).not.toMatch(/<iframe|<button/i)
  })
})

describe('PostEmbed, live page', () => {
  it('shows the card, then the sandboxed player after Play', () => {
    const { container } = draw(embedPost())
    expect(container.querySelector('img.post-embed-thumbnail')?.getAttribute('src')).toBe(
      'https://i.ytimg.com/vi/pO5L6vXtxsI/hqdefault.jpg',
    )
    expect(container.querySelector('.post-embed-author')?.textContent).toBe('\u2068CKEditor\u2069')
    const link = screen.getByRole('link', { name: /Open on/ })
    expect(link.getAttribute('href')).toBe('https://www.youtube.com/watch?v=pO5L6vXtxsI')
    expect(link.getAttribute('rel')).toBe('noopener noreferrer ugc')
    expect(container.querySelector('iframe')).toBeNull()

    const play = screen.getByRole('button', { name: `Play “${TITLE}” (loads YouTube)` })
    fireEvent.click(play)

    const frame = container.querySelector('iframe')
    expect(frame?.getAttribute('src')).toBe(PLAYER)
    expect(frame?.getAttribute('sandbox')).toBe(
      'allow-scripts allow-same-origin allow-presentation allow-popups',
    )
    expect(frame?.getAttribute('allow')).toBe('fullscreen; encrypted-media; picture-in-picture')
    expect(frame?.getAttribute('referrerpolicy')).toBe('strict-origin-when-cross-origin')
    expect(frame?.getAttribute('title')).toBe(`YouTube player: ${TITLE}`)
    expect(container.querySelector('img.post-embed-thumbnail')).toBeNull()
    expect(screen.queryByRole('button')).toBeNull()
  })

  it('speaks French', () => {
    draw(embedPost(), 'fr')
    expect(
      screen.getByRole('button', { name: `Lire «\u00a0${TITLE}\u00a0» (charge YouTube)` }),
    ).toBeTruthy()
    expect(screen.getByRole('link').textContent).toBe('Ouvrir sur \u2068YouTube\u2069')
  })

  it('draws no Play button in a picture capture (PNG, PDF), though React runs there', () => {
    const post = embedPost({})
    const { container } = render(
      <StaticRenderContext.Provider value>
        <PostEmbed post={post} embed={post.embed!} locale="en" />
      </StaticRenderContext.Provider>,
    )
    expect(screen.queryByRole('button')).toBeNull()
    expect(container.querySelector('iframe')).toBeNull()
    expect(screen.getByText(TITLE)).toBeTruthy()
  })

  it('has no Play button without a player (X, Instagram…)', () => {
    const { container } = draw(embedPost({ playerUrl: undefined, provider: 'X', type: 'rich' }))
    expect(screen.queryByRole('button')).toBeNull()
    expect(container.querySelector('iframe')).toBeNull()
    expect(screen.getByText(TITLE)).toBeTruthy()
  })

  it.each([
    'javascript:alert(1)',
    'http://www.youtube.com/embed/pO5L6vXtxsI',
    'https://evil.example/embed/pO5L6vXtxsI',
    'https://www.youtube.com.evil.example/embed/x',
    'https://player.vimeo.com/video/1',
    'data:text/html,<script>alert(1)</script>',
  ])('never turns the hostile player %s into an iframe', (playerUrl) => {
    const { container } = draw(embedPost({ playerUrl }))
    expect(screen.queryByRole('button')).toBeNull()
    expect(container.querySelector('iframe')).toBeNull()
    expect(container.innerHTML).not.toContain(playerUrl.replace(/&/g, '&amp;'))
  })

  it('refuses a hostile page link and thumbnail', () => {
    const { container } = draw(
      embedPost(
        {},
        {
          url: 'javascript:alert(1)',
          card: { url: 'javascript:alert(1)', title: 'x', imageUrl: 'javascript:alert(2)' },
        },
      ),
    )
    expect(screen.queryByRole('link')).toBeNull()
    expect(container.querySelector('img')).toBeNull()
    expect(container.innerHTML).not.toContain('javascript:')
  })

  it('leaves a photo to the post media: no second image in the card', () => {
    const { container } = draw(embedPost({ type: 'photo', playerUrl: undefined }))
    expect(container.querySelector('.post-embed-stage')).toBeNull()
    expect(container.querySelector('img')).toBeNull()
  })
})

import { render, screen } from '@testing-library/react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import type { Media } from '../../domain/post'
import { image, makeTestPost } from '../testPosts'
import { MediaItem } from './MediaItem'
import { PostCard } from './PostCard'

const undescribed = (overrides: Partial<Media> = {}): Media => image({ alt: '', ...overrides })

describe('MediaItem and the curator’s description', () => {
  it('uses the curator’s text as alt and labels it as theirs', () => {
    const { container } = render(
      <MediaItem item={undescribed({ curatorAlt: ' A heron on a post ' })} locale="en" />,
    )
    expect(container.querySelector('img')?.getAttribute('alt')).toBe('A heron on a post')
    expect(screen.getByText('Description by the curator')).toBeTruthy()
    expect(container.querySelector('.post-media-noalt')).toBeNull()
  })

  it('says it in French too', () => {
    render(<MediaItem item={undescribed({ curatorAlt: 'Un héron' })} locale="fr" />)
    const label = screen.getByText('Description ajoutée par la curatrice ou le curateur')
    expect(label.getAttribute('lang')).toBe('fr')
  })

  it('keeps the author’s own description and shows no curator label when the author gave one', () => {
    const { container } = render(
      <MediaItem item={image({ curatorAlt: 'Curator words' })} locale="en" />,
    )
    expect(container.querySelector('img')?.getAttribute('alt')).toBe(
      'A frozen lake under a pale sky',
    )
    expect(screen.queryByText('Description by the curator')).toBeNull()
  })

  it('still says "No description" when neither gave one, a blank curator text included', () => {
    const { container } = render(
      <MediaItem item={undescribed({ curatorAlt: '   ' })} locale="en" />,
    )
    expect(container.querySelector('img')?.getAttribute('alt')).toBe('')
    expect(screen.getByText('No description')).toBeTruthy()
    expect(screen.queryByText('Description by the curator')).toBeNull()
  })

  it('labels the curator’s text on a video and on a placeholder for a refused file', () => {
    const { container } = render(
      <>
        <MediaItem
          item={{ kind: 'video', url: 'https://x.example/v.mp4', alt: '', curatorAlt: 'A river' }}
          locale="en"
        />
        <MediaItem
          item={undescribed({
            url: 'javascript:alert(1)',
            previewUrl: undefined,
            curatorAlt: 'A map',
          })}
          locale="en"
        />
      </>,
    )
    expect(container.querySelector('video')?.getAttribute('aria-label')).toBe('A river')
    expect(screen.getByText('A map')).toBeTruthy()
    expect(screen.getAllByText('Description by the curator')).toHaveLength(2)
  })

  it('reaches exported static HTML, which is drawn by the same renderers', () => {
    const post = makeTestPost('p', { media: [undescribed({ curatorAlt: 'A <b>bold</b> heron' })] })
    const html = renderToStaticMarkup(<PostCard post={post} locale="en" />)
    expect(html).toContain('alt="A &lt;b&gt;bold&lt;/b&gt; heron"')
    expect(html).toContain('Description by the curator')
  })
})

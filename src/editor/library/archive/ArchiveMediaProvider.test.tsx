import { render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { MediaItem } from '../../../renderers/post/MediaItem'
import { ArchiveMediaProvider } from './ArchiveMediaProvider'

describe('ArchiveMediaProvider', () => {
  it('shows an archived image from its stored blob, and a missing one as missing', async () => {
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:http://localhost/lake')
    const readBlob = vi.fn(async (url: string) =>
      url === 'archive-media:lake.jpg' ? new Blob(['x'], { type: 'image/jpeg' }) : undefined,
    )
    const { container } = render(
      <ArchiveMediaProvider readBlob={readBlob}>
        <MediaItem
          item={{ kind: 'image', url: 'archive-media:lake.jpg', alt: 'A lake' }}
          locale="en"
        />
        <MediaItem item={{ kind: 'image', url: 'archive-media:gone.jpg', alt: '' }} locale="en" />
      </ArchiveMediaProvider>,
    )
    const image = await screen.findByRole('img', { name: 'A lake' })
    expect(image.getAttribute('src')).toBe('blob:http://localhost/lake')
    await waitFor(() => expect(container.querySelector('.post-media-missing')).not.toBeNull())
    expect(readBlob).toHaveBeenCalledTimes(2)
  })

  it('is needed: without it an archived address is refused, never put in the page', () => {
    const { container } = render(
      <MediaItem
        item={{ kind: 'image', url: 'archive-media:lake.jpg', alt: 'A lake' }}
        locale="en"
      />,
    )
    expect(container.querySelector('img')).toBeNull()
    expect(container.querySelector('.post-media-refused')).not.toBeNull()
  })
})

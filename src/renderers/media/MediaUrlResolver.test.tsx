import { act, cleanup, render } from '@testing-library/react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterEach, describe, expect, it } from 'vitest'
import { image, makeTestPost } from '../testPosts'
import { PostCard } from '../post/PostCard'
import { MediaUrlResolverContext, type MediaUrlResolver } from './MediaUrlResolver'

afterEach(cleanup)

const AVATAR = 'archive-media:twitter:data/profile_media/avatar.jpg'
const CARD = 'archive-media:twitter:data/card/lake.png'
const PHOTO = 'archive-media:twitter:data/tweets_media/1-photo.png'

/** A resolver whose files are "read" when the test says so, like one backed by IndexedDB. */
const manualResolver = () => {
  const shown = new Map<string, string>()
  const watchers = new Map<string, Set<() => void>>()
  const resolver: MediaUrlResolver = {
    current: (url) => (url.startsWith('archive-media:') ? (shown.get(url) ?? null) : url),
    watch: (url, onChange) => {
      const set = watchers.get(url) ?? new Set()
      set.add(onChange)
      watchers.set(url, set)
      return () => set.delete(onChange)
    },
  }
  const resolve = (url: string, to: string) => {
    shown.set(url, to)
    for (const watcher of watchers.get(url) ?? []) watcher()
  }
  return { resolver, resolve, watched: () => [...watchers.keys()] }
}

const archivedPost = () =>
  makeTestPost('archived', {
    author: {
      name: 'Léa',
      handle: '@lea@example.social',
      url: 'https://example.social/@lea',
      avatarUrl: AVATAR,
    },
    media: [image({ url: PHOTO, previewUrl: undefined, alt: 'A heron' })],
    card: { url: 'https://news.example.com/lake', title: 'The lake', imageUrl: CARD },
  })

describe('archived media in a post card', () => {
  it('resolves the avatar, the link card picture and the media through the same resolver', () => {
    const { resolver, resolve, watched } = manualResolver()
    const { container } = render(
      <MediaUrlResolverContext value={resolver}>
        <PostCard post={archivedPost()} locale="en" />
      </MediaUrlResolverContext>,
    )
    expect(watched().sort()).toEqual([AVATAR, CARD, PHOTO].sort())

    // Still being read: the initial stands in for the avatar, the card has no picture yet.
    expect(container.querySelector('img.post-avatar')).toBeNull()
    expect(container.querySelector('.post-avatar--initial')?.textContent).toBe('L')
    expect(container.querySelector('img.post-link-image')).toBeNull()
    expect(container.innerHTML).not.toContain('archive-media:')

    act(() => {
      resolve(AVATAR, 'blob:http://localhost/avatar')
      resolve(CARD, 'blob:http://localhost/card')
      resolve(PHOTO, 'blob:http://localhost/photo')
    })
    expect(container.querySelector('img.post-avatar')?.getAttribute('src')).toBe(
      'blob:http://localhost/avatar',
    )
    expect(container.querySelector('.post-avatar--initial')).toBeNull()
    expect(container.querySelector('img.post-link-image')?.getAttribute('src')).toBe(
      'blob:http://localhost/card',
    )
    expect(container.querySelector('.post-media img')?.getAttribute('src')).toBe(
      'blob:http://localhost/photo',
    )
  })

  it('keeps the initial and a picture-less card when a stored file is missing', () => {
    const { resolver, resolve } = manualResolver()
    const { container } = render(
      <MediaUrlResolverContext value={resolver}>
        <PostCard post={archivedPost()} locale="en" />
      </MediaUrlResolverContext>,
    )
    act(() => {
      resolve(AVATAR, '')
      resolve(CARD, '')
    })
    expect(container.querySelector('.post-avatar--initial')?.textContent).toBe('L')
    expect(container.querySelector('img.post-link-image')).toBeNull()
    expect(container.querySelector('.post-link-title')?.textContent).toBe('The lake')
    expect(container.innerHTML).not.toMatch(/src=""/)
  })

  it('refuses a hostile address the resolver hands back', () => {
    const { resolver, resolve } = manualResolver()
    const { container } = render(
      <MediaUrlResolverContext value={resolver}>
        <PostCard post={archivedPost()} locale="en" />
      </MediaUrlResolverContext>,
    )
    act(() => {
      resolve(AVATAR, 'javascript:alert(1)')
      resolve(CARD, 'data:image/svg+xml;base64,PHN2Zz4=')
    })
    expect(container.querySelector('img.post-avatar')).toBeNull()
    expect(container.querySelector('img.post-link-image')).toBeNull()
    expect(container.innerHTML).not.toContain('javascript:')
  })

  it('without a resolver (an export), an archived address never reaches the markup', () => {
    const markup = renderToStaticMarkup(<PostCard post={archivedPost()} locale="en" />)
    expect(markup).not.toContain('archive-media:')
    expect(markup).toContain('post-avatar--initial')
    expect(markup).not.toContain('post-link-image')
  })
})

import { describe, expect, it } from 'vitest'
import { image, makeTestPost, video } from '../renderers/testPosts'
import { postsWithPictures, stillPost } from './pngMedia'

const PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  ),
  (char) => char.charCodeAt(0),
)

describe('stillPost', () => {
  it('turns a video into its poster and drops what cannot be pictured', () => {
    const post = stillPost(
      makeTestPost('v', {
        media: [
          video(),
          video({ previewUrl: undefined }),
          { kind: 'audio', url: 'https://x.example/a.mp3', alt: '' },
        ],
      }),
    )
    expect(post.media).toEqual([
      expect.objectContaining({ kind: 'image', url: 'https://files.example.social/media/ice.jpg' }),
      expect.objectContaining({ kind: 'video', url: '' }),
      expect.objectContaining({ kind: 'audio', url: '' }),
    ])
  })
})

describe('postsWithPictures', () => {
  it('inlines the pictures it could fetch and marks the others missing', async () => {
    const posts = {
      p: makeTestPost('p', { media: [image(), image({ url: 'https://gone.example/x.jpg' })] }),
    }
    const fetched: string[] = []
    const result = await postsWithPictures(posts, {
      fetchMedia: async (url) => {
        fetched.push(url)
        return url.includes('gone') ? undefined : new Blob([PNG], { type: 'image/png' })
      },
    })
    const post = result.p!
    expect(post.author.avatarUrl).toMatch(/^data:image\/png;base64,/)
    expect(post.media[0]!.url).toMatch(/^data:image\/png;base64,/)
    expect(post.media[1]!.url).toBe('')
    expect(fetched).toContain('https://gone.example/x.jpg')
    // The original is left untouched.
    expect(posts.p.media[0]!.url).toBe('https://files.example.social/media/lake.jpg')
  })
})

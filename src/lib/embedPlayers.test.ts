import { describe, expect, it } from 'vitest'
import { safePlayerUrl } from './embedPlayers'

describe('safePlayerUrl', () => {
  it('keeps https players on the provider’s own hosts and paths', () => {
    expect(
      safePlayerUrl('https://www.youtube.com/embed/pO5L6vXtxsI?feature=oembed', 'YouTube'),
    ).toBe('https://www.youtube.com/embed/pO5L6vXtxsI?feature=oembed')
    expect(safePlayerUrl('https://www.youtube-nocookie.com/embed/abc', 'YouTube')).toBe(
      'https://www.youtube-nocookie.com/embed/abc',
    )
    expect(safePlayerUrl('https://player.vimeo.com/video/1', 'Vimeo')).toBe(
      'https://player.vimeo.com/video/1',
    )
    expect(safePlayerUrl('https://open.spotify.com/embed/track/1', 'Spotify')).toBe(
      'https://open.spotify.com/embed/track/1',
    )
    expect(safePlayerUrl('https://w.soundcloud.com/player/?url=x', 'SoundCloud')).toBe(
      'https://w.soundcloud.com/player/?url=x',
    )
    expect(safePlayerUrl('https://www.tiktok.com/embed/v2/1', 'TikTok')).toBe(
      'https://www.tiktok.com/embed/v2/1',
    )
  })

  it.each([
    ['javascript:alert(1)', 'YouTube'],
    ['http://www.youtube.com/embed/abc', 'YouTube'],
    ['https://evil.example/embed/abc', 'YouTube'],
    ['https://www.youtube.com.evil.example/embed/abc', 'YouTube'],
    ['https://www.youtube.com/watch?v=abc', 'YouTube'],
    ['https://www.youtube.com/embed/', 'YouTube'],
    ['https://user:pw@www.youtube.com/embed/abc', 'YouTube'],
    ['https://www.youtube.com:444/embed/abc', 'YouTube'],
    ['https://player.vimeo.com/video/1', 'YouTube'],
    ['https://mastodon.social/@a/1/embed', 'Mastodon'],
    ['https://www.youtube.com/embed/abc', 'constructor'],
    ['https://www.youtube.com/embed/abc', undefined],
    [undefined, 'YouTube'],
    ['not a url', 'YouTube'],
  ])('refuses %s for %s', (url, provider) => {
    expect(safePlayerUrl(url, provider)).toBeUndefined()
  })
})

import { describe, expect, it } from 'vitest'
import { OEMBED_PROVIDERS, providerForUrl, providerNames } from './providers'

const nameFor = (link: string): string | undefined => providerForUrl(new URL(link))?.name

describe('providerForUrl', () => {
  it.each([
    ['https://www.youtube.com/watch?v=pO5L6vXtxsI', 'YouTube'],
    ['https://m.youtube.com/watch?v=pO5L6vXtxsI&t=30', 'YouTube'],
    ['https://youtu.be/NHriYTkvd0g', 'YouTube'],
    ['https://www.youtube.com/shorts/NHriYTkvd0g', 'YouTube'],
    ['https://vimeo.com/31158841', 'Vimeo'],
    ['https://vimeo.com/31158841/abc123def0', 'Vimeo'],
    ['https://x.com/RailsGirlsSoC/status/702136612822634496', 'X'],
    ['https://twitter.com/RailsGirlsSoC/status/702136612822634496', 'X'],
    ['https://www.threads.net/@zuck/post/C1a2b3c4', 'Threads'],
    ['https://www.threads.com/@zuck/post/C1a2b3c4', 'Threads'],
    ['https://www.tiktok.com/@shmemmmy/video/7005293332821822726', 'TikTok'],
    ['http://flickr.com/photos/bees/2362225867/', 'Flickr'],
    ['https://flic.kr/p/4AK2sc', 'Flickr'],
    ['https://open.spotify.com/track/7y8NWS6gR3Wz4C7W8Bh0WL?si=aa84', 'Spotify'],
    ['https://open.spotify.com/intl-fr/album/1DFixLWuPkv3KT3TnV35m3', 'Spotify'],
    ['https://open.spotify.com/episode/512ojhOuo1ktJprKbVcKyQ', 'Spotify'],
    ['https://soundcloud.com/forss/flickermood', 'SoundCloud'],
    ['https://www.instagram.com/p/B9bOM-6Ax_d/', 'Instagram'],
    ['https://www.instagram.com/reel/C1a2b3c4d5/', 'Instagram'],
    ['https://www.facebook.com/rubyonrailstogo/posts/3610333842332884', 'Facebook'],
    ['https://www.facebook.com/rubyonrailstogo/videos/1234567890', 'Facebook'],
    ['https://bsky.app/profile/bsky.app/post/3l6oveex3ii2l', 'Bluesky'],
    ['https://mastodon.social/@trwnh/99664077509711321', 'Mastodon'],
    ['https://hachyderm.io/@lea/123', 'Mastodon'],
  ])('%s → %s', (link, name) => {
    expect(nameFor(link)).toBe(name)
  })

  it.each([
    'https://www.youtube.com/watch?v=short',
    'https://www.youtube.com/channel/UC123',
    'https://vimeo.com/channels/staffpicks',
    'https://x.com/RailsGirlsSoC',
    'https://open.spotify.com/artist/0OdUWJ0sBjDrqHygGUXeCF',
    'https://www.instagram.com/ruby_eloquent/',
    'https://evil.example/watch?v=pO5L6vXtxsI',
    'https://youtube.com.evil.example/watch?v=pO5L6vXtxsI',
    'https://example.org/blog/hello',
  ])('%s is no provider', (link) => {
    expect(nameFor(link)).toBeUndefined()
  })

  it('refuses links that are not http(s)', () => {
    expect(providerForUrl(new URL('javascript:alert(1)//youtu.be/NHriYTkvd0g'))).toBeUndefined()
    expect(providerForUrl(new URL('ftp://youtu.be/NHriYTkvd0g'))).toBeUndefined()
  })

  it('lists Mastodon last, since it matches a path on any host', () => {
    expect(providerNames().at(-1)).toBe('Mastodon')
    expect(providerNames()).toHaveLength(12)
  })
})

describe('provider endpoints and CORS', () => {
  const endpoint = (link: string): string => {
    const page = new URL(link)
    const provider = providerForUrl(page)
    if (!provider) throw new Error(`no provider for ${link}`)
    return provider.endpoint(page)
  }

  it('builds each documented endpoint with the page url and format=json', () => {
    expect(endpoint('https://www.youtube.com/watch?v=pO5L6vXtxsI')).toBe(
      'https://www.youtube.com/oembed?url=https%3A%2F%2Fwww.youtube.com%2Fwatch%3Fv%3DpO5L6vXtxsI&format=json',
    )
    expect(endpoint('https://vimeo.com/31158841')).toBe(
      'https://vimeo.com/api/oembed.json?url=https%3A%2F%2Fvimeo.com%2F31158841&format=json',
    )
    expect(endpoint('https://x.com/a/status/1')).toMatch(
      /^https:\/\/publish\.twitter\.com\/oembed\?/,
    )
    expect(endpoint('https://www.threads.com/@u/post/C1')).toMatch(
      /^https:\/\/graph\.threads\.net\/v1\.0\/oembed\?/,
    )
    expect(endpoint('https://www.tiktok.com/@u/video/1')).toMatch(
      /^https:\/\/www\.tiktok\.com\/oembed\?/,
    )
    expect(endpoint('https://flic.kr/p/4AK2sc')).toMatch(
      /^https:\/\/www\.flickr\.com\/services\/oembed\/\?/,
    )
    expect(endpoint('https://open.spotify.com/track/1')).toMatch(
      /^https:\/\/open\.spotify\.com\/oembed\?/,
    )
    expect(endpoint('https://soundcloud.com/forss/flickermood')).toMatch(
      /^https:\/\/soundcloud\.com\/oembed\?/,
    )
    expect(endpoint('https://www.instagram.com/p/B9bOM-6Ax_d/')).toMatch(
      /^https:\/\/graph\.facebook\.com\/v23\.0\/instagram_oembed\?url=/,
    )
    expect(endpoint('https://www.facebook.com/page/posts/1')).toMatch(
      /^https:\/\/graph\.facebook\.com\/v23\.0\/oembed_post\?url=/,
    )
    expect(endpoint('https://www.facebook.com/page/videos/1')).toMatch(
      /^https:\/\/graph\.facebook\.com\/v23\.0\/oembed_video\?url=/,
    )
    expect(endpoint('https://bsky.app/profile/a.b/post/3l6')).toMatch(
      /^https:\/\/embed\.bsky\.app\/oembed\?/,
    )
    expect(endpoint('https://hachyderm.io/@lea/123')).toBe(
      'https://hachyderm.io/api/oembed?url=https%3A%2F%2Fhachyderm.io%2F%40lea%2F123&format=json',
    )
  })

  it('marks X and Flickr as sending no CORS, unrecorded ones as unverified', () => {
    const cors = Object.fromEntries(OEMBED_PROVIDERS.map((p) => [p.name, p.cors]))
    expect(cors).toEqual({
      YouTube: 'yes',
      Vimeo: 'yes',
      X: 'no',
      Threads: 'unverified',
      TikTok: 'yes',
      Flickr: 'no',
      Spotify: 'yes',
      SoundCloud: 'unverified',
      Instagram: 'yes',
      Facebook: 'yes',
      Bluesky: 'unverified',
      Mastodon: 'yes',
    })
  })

  it('gives players only to providers with an iframe player', () => {
    const withPlayers = OEMBED_PROVIDERS.filter((p) => p.players.length > 0).map((p) => p.name)
    expect(withPlayers).toEqual(['YouTube', 'Vimeo', 'TikTok', 'Spotify', 'SoundCloud'])
  })
})

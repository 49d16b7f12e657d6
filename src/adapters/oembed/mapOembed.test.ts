import { describe, expect, it } from 'vitest'
import * as v from 'valibot'
import { postSchema } from '../../domain/schema'
import { readFixtureJson } from '../../test/fixturePath'
import { SourceError } from '../sourceError'
import { mapOembed } from './mapOembed'
import { OEMBED_PROVIDERS, type OembedProvider } from './providers'

const FETCHED_AT = '2026-08-02T10:00:00.000Z'

const provider = (name: string): OembedProvider => {
  const found = OEMBED_PROVIDERS.find((candidate) => candidate.name === name)
  if (!found) throw new Error(`no provider ${name}`)
  return found
}

const fixture = (name: string): Record<string, unknown> =>
  readFixtureJson(`oembed/${name}.json`) as Record<string, unknown>

const map = (name: string, data: unknown, page: string) =>
  mapOembed({ data, page: new URL(page), provider: provider(name), fetchedAt: FETCHED_AT })

const failure = (run: () => unknown): SourceError => {
  try {
    run()
  } catch (error) {
    if (error instanceof SourceError) return error
    throw error
  }
  throw new Error('expected an error')
}

describe('mapOembed, recorded answers', () => {
  it('YouTube video: card, escaped title, player on www.youtube.com/embed', () => {
    const page = 'https://www.youtube.com/watch?v=pO5L6vXtxsI'
    const post = map('YouTube', fixture('ruby-oembed-youtube'), page)
    expect(post.id).toBe('oembed:https://youtube.com/watch?v=pO5L6vXtxsI')
    expect(post.source).toBe('oembed')
    expect(post.url).toBe(page)
    expect(post.author).toEqual({
      name: 'CKEditor',
      handle: '@CKEditor',
      url: 'https://www.youtube.com/@CKEditor',
    })
    expect(post.text).toBe('CKEditor 4.5 - Embedding Media Resources with oEmbed')
    expect(post.html).toBe('<p>CKEditor 4.5 - Embedding Media Resources with oEmbed</p>')
    expect(post.createdAt).toBe(FETCHED_AT)
    expect(post.fetchedAt).toBe(FETCHED_AT)
    expect(post.media).toEqual([])
    expect(post.card).toEqual({
      url: page,
      title: 'CKEditor 4.5 - Embedding Media Resources with oEmbed',
      imageUrl: 'https://i.ytimg.com/vi/pO5L6vXtxsI/hqdefault.jpg',
      siteName: 'YouTube',
    })
    expect(post.embed).toEqual({
      type: 'video',
      provider: 'YouTube',
      providerUrl: 'https://www.youtube.com/',
      playerUrl: 'https://www.youtube.com/embed/pO5L6vXtxsI?feature=oembed',
      width: 200,
      height: 113,
    })
    expect(post.availability).toEqual({ state: 'available' })
    expect(v.is(postSchema, post)).toBe(true)
  })

  it('Vimeo video: dated by upload_date (read as UTC), player on player.vimeo.com', () => {
    const post = map('Vimeo', fixture('ruby-oembed-vimeo'), 'https://vimeo.com/31158841')
    expect(post.createdAt).toBe('2011-10-26T14:43:13.000Z')
    expect(post.author).toEqual({
      name: 'Islands & Rivers',
      handle: '@islandsandrivers',
      url: 'https://vimeo.com/islandsandrivers',
    })
    // Only rich answers add their description: a video's is its uploader's blurb.
    expect(post.text).toBe('Murmuration')
    expect(post.card?.imageUrl).toBe('https://i.vimeocdn.com/video/448600816_295x166.jpg')
    expect(post.embed?.playerUrl).toBe('https://player.vimeo.com/video/31158841?app_id=122963')
    expect([post.embed?.width, post.embed?.height]).toEqual([400, 320])
    expect(v.is(postSchema, post)).toBe(true)
  })

  it('X (twitter.com and x.com): rich card, no player, null height and string cache_age', () => {
    for (const [name, page] of [
      ['ruby-oembed-twitter', 'https://twitter.com/RailsGirlsSoC/status/702136612822634496'],
      ['ruby-oembed-twitter-x-com-url', 'https://x.com/RailsGirlsSoC/status/702136612822634496'],
    ] as const) {
      const data = fixture(name)
      expect(data.height).toBeNull()
      expect(data.cache_age).toBe('3153600000')
      const post = map('X', data, page)
      expect(post.author).toEqual({
        name: 'Rails Girls Summer of Code',
        handle: '@RailsGirlsSoC',
        url: 'https://twitter.com/RailsGirlsSoC',
      })
      // X sends no title: the card falls back to the link and the text stays empty.
      expect(post.text).toBe('')
      expect(post.html).toBe('')
      expect(post.card?.title).toBe(page)
      expect(post.card?.imageUrl).toBeUndefined()
      expect(post.embed).toEqual({
        type: 'rich',
        provider: 'X',
        providerUrl: 'https://twitter.com/',
        width: 550,
      })
      expect(v.is(postSchema, post)).toBe(true)
    }
  })

  it('TikTok: "100%" sizes dropped, expiring signed thumbnail not kept, no player', () => {
    const data = fixture('ruby-oembed-tiktok')
    expect([data.width, data.height]).toEqual(['100%', '100%'])
    expect(String(data.thumbnail_url)).toContain('x-expires=')
    const page = 'https://www.tiktok.com/@shmemmmy/video/7005293332821822726'
    const post = map('TikTok', data, page)
    expect(post.author).toEqual({
      name: 'Emily',
      handle: '@shmemmmy',
      url: 'https://www.tiktok.com/@shmemmmy',
    })
    expect(post.text).toMatch(/^POV u work at a big company #techtok/)
    expect(post.card?.imageUrl).toBeUndefined()
    expect(post.embed).toEqual({
      type: 'video',
      provider: 'TikTok',
      providerUrl: 'https://www.tiktok.com/',
    })
    expect(v.is(postSchema, post)).toBe(true)
  })

  it('TikTok: numeric strings are read as numbers', () => {
    const data = { ...fixture('ruby-oembed-tiktok'), width: '325', height: ' 578.4 ' }
    const post = map('TikTok', data, 'https://www.tiktok.com/@shmemmmy/video/7005293332821822726')
    expect([post.embed?.width, post.embed?.height]).toEqual([325, 578])
  })

  it('Flickr photo: one image, bidi controls stripped from the author name', () => {
    const data = fixture('ruby-oembed-flickr-photo')
    expect(data.author_name).toBe('\u202e\u202d\u202cbees\u202c')
    const page = 'https://www.flickr.com/photos/bees/2362225867/'
    const post = map('Flickr', data, page)
    expect(post.author).toEqual({
      name: 'bees',
      handle: '@bees',
      url: 'https://www.flickr.com/photos/bees/',
    })
    expect(post.media).toEqual([
      {
        kind: 'image',
        url: 'https://live.staticflickr.com/3040/2362225867_4a87ab8baf_b.jpg',
        alt: '',
        width: 1024,
        height: 768,
      },
    ])
    expect(post.text).toBe('Bacon Lollys')
    expect(post.card?.imageUrl).toBe(
      'https://live.staticflickr.com/3040/2362225867_4a87ab8baf_q.jpg',
    )
    expect(post.embed?.type).toBe('photo')
    expect(post.embed?.playerUrl).toBeUndefined()
    expect(v.is(postSchema, post)).toBe(true)
  })

  it('Spotify track: rich player on open.spotify.com/embed', () => {
    const page = 'https://open.spotify.com/track/7y8NWS6gR3Wz4C7W8Bh0WL?si=aa84a1d637ac4b3d'
    const post = map('Spotify', fixture('ruby-oembed-spotify-track'), page)
    expect(post.id).toBe('oembed:https://open.spotify.com/track/7y8NWS6gR3Wz4C7W8Bh0WL')
    // No author in Spotify's answer: the provider stands in.
    expect(post.author).toEqual({ name: 'Spotify', handle: 'open.spotify.com' })
    expect(post.text).toBe("Don't Bring Me Down")
    expect(post.embed).toEqual({
      type: 'rich',
      provider: 'Spotify',
      providerUrl: 'https://spotify.com/',
      playerUrl:
        'https://open.spotify.com/embed/track/7y8NWS6gR3Wz4C7W8Bh0WL?si=aa84a1d637ac4b3d&utm_source=oembed',
      width: 456,
      height: 152,
    })
    expect(v.is(postSchema, post)).toBe(true)
  })

  it('Mastodon: handle with its server, card only (embed.js never runs)', () => {
    const page = 'https://mastodon.social/@trwnh/99664077509711321'
    const post = map('Mastodon', fixture('mastodon-docs-oembed-rich'), page)
    expect(post.author).toEqual({
      name: 'infinite love ⴳ',
      handle: '@trwnh@mastodon.social',
      url: 'https://mastodon.social/@trwnh',
    })
    expect(post.text).toBe('New status by trwnh')
    expect(post.card?.siteName).toBe('mastodon.social')
    expect(post.embed).toEqual({
      type: 'rich',
      provider: 'Mastodon',
      providerUrl: 'https://mastodon.social/',
      width: 400,
    })
  })

  it('Instagram (2020 shape): author kept, CDN thumbnail with an `oe` expiry dropped', () => {
    const data = fixture('ruby-oembed-instagram-graph')
    expect(readString(data.thumbnail_url)).toContain('&oe=6010FA59')
    const post = map('Instagram', data, 'https://www.instagram.com/p/B9bOM-6Ax_d/')
    expect(post.author).toEqual({ name: 'ruby_eloquent', handle: 'instagram.com' })
    expect(post.text).toBe('')
    expect(post.card?.siteName).toBe('Instagram')
    expect(post.card?.imageUrl).toBeUndefined()
    expect(post.embed?.type).toBe('rich')
    expect(post.embed?.playerUrl).toBeUndefined()
    expect(post.html).not.toContain('instagram-media')
  })

  it('Instagram and Facebook since 2025: no author or thumbnail, the provider stands in', () => {
    for (const [name, fixtureName, page, host] of [
      [
        'Instagram',
        'ruby-oembed-instagram-graph',
        'https://www.instagram.com/p/B9bOM-6Ax_d/',
        'instagram.com',
      ],
      [
        'Facebook',
        'ruby-oembed-facebook-post-graph',
        'https://www.facebook.com/rubyonrailstogo/posts/3610333842332884',
        'facebook.com',
      ],
    ] as const) {
      const {
        author_name: _name,
        author_url: _url,
        thumbnail_url: _thumbnail,
        thumbnail_width: _width,
        thumbnail_height: _height,
        ...stripped
      } = fixture(fixtureName)
      const post = map(name, stripped, page)
      expect(post.author).toEqual({ name, handle: host })
      expect(post.card?.imageUrl).toBeUndefined()
      expect(post.card?.siteName).toBe(name)
      expect(v.is(postSchema, post)).toBe(true)
    }
  })

  it('Facebook post (2020 shape): author from the answer, no title', () => {
    const page = 'https://www.facebook.com/rubyonrailstogo/posts/3610333842332884'
    const post = map('Facebook', fixture('ruby-oembed-facebook-post-graph'), page)
    expect(post.author).toEqual({
      name: 'Ruby on Rails',
      handle: '@1284562961576662',
      url: 'https://www.facebook.com/1284562961576662',
    })
    expect(post.html).toBe('')
    expect(post.card?.title).toBe(page)
    expect(post.embed).toEqual({
      type: 'rich',
      provider: 'Facebook',
      providerUrl: 'https://www.facebook.com/',
      width: 552,
    })
  })
})

const readString = (value: unknown): string => {
  if (typeof value !== 'string') throw new Error('expected a string')
  return value
}

describe('mapOembed, malformed answers', () => {
  const page = 'https://vimeo.com/31158841'
  const vimeo = () => fixture('ruby-oembed-vimeo')

  it('refuses something other than an object', () => {
    for (const data of [null, 'Forbidden', [vimeo()]]) {
      const error = failure(() => map('Vimeo', data, page))
      expect(error.kind).toBe('invalid-response')
      expect(error.message).toBe('Vimeo sent an oEmbed answer that is not a JSON object.')
    }
  })

  it('refuses a missing or unknown type', () => {
    for (const type of [undefined, 'iframe']) {
      const error = failure(() => map('Vimeo', { ...vimeo(), type }, page))
      expect(error.kind).toBe('invalid-response')
      expect(error.message).toBe(
        'Vimeo sent an oEmbed answer without a valid `type` (it must be photo, video, link or rich).',
      )
    }
  })

  it('refuses a missing version', () => {
    const { version: _version, ...data } = vimeo()
    const error = failure(() => map('Vimeo', data, page))
    expect(error.kind).toBe('invalid-response')
    expect(error.message).toBe('Vimeo sent an oEmbed answer without the required `version` "1.0".')
  })

  it('refuses a photo without an http(s) image url', () => {
    const flickr = fixture('ruby-oembed-flickr-photo')
    for (const url of [undefined, 'javascript:alert(1)', '/relative.jpg']) {
      const error = failure(() =>
        map('Flickr', { ...flickr, url }, 'https://www.flickr.com/photos/bees/2362225867/'),
      )
      expect(error.kind).toBe('invalid-response')
      expect(error.message).toBe(
        'Flickr sent an oEmbed answer of type photo without the http(s) `url` of its image.',
      )
    }
  })
})

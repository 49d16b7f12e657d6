import { describe, expect, it } from 'vitest'
import type { FeedItem, ParsedFeed } from './feedModel'
import { feedBytes } from './feedFixtures'
import { feedItemToPost } from './feedItemToPost'
import { parseFeed } from './parseFeed'

const fetchedAt = '2026-11-26T10:00:00.000Z'

const item = (overrides: Partial<FeedItem> = {}): FeedItem => ({
  authors: [],
  enclosures: [],
  media: [],
  thumbnails: [],
  categories: [],
  ...overrides,
})

const feedOf = (items: FeedItem[], overrides: Partial<ParsedFeed> = {}): ParsedFeed => ({
  format: 'rss',
  title: 'A blog',
  link: 'https://blog.example/',
  authors: [],
  items,
  ...overrides,
})

describe('feedItemToPost', () => {
  it('maps a YouTube video: thumbnail as image, the watch page as card, no Flash media', () => {
    const feedUrl = 'https://www.youtube.com/feeds/videos.xml?channel_id=UC9PBzalIcEQCsiIkq36PyUA'
    const feed = parseFeed(feedBytes('capyreader-atom-feed-youtube-digitalfoundry.xml'), {
      url: feedUrl,
    })
    const first = feed.items[0]
    if (!first) throw new Error('no item')
    const post = feedItemToPost(first, feed, { fetchedAt, feedUrl })
    expect(post.id).toBe(`feed:${feedUrl}#yt:video:W_S7iKZZdHw`)
    expect(post.source).toBe('feed')
    expect(post.url).toBe('https://www.youtube.com/watch?v=W_S7iKZZdHw')
    expect(post.author).toEqual({
      name: 'Digital Foundry',
      handle: 'www.youtube.com',
      url: 'https://www.youtube.com/channel/UC9PBzalIcEQCsiIkq36PyUA',
    })
    expect(post.author.stats).toBeUndefined()
    expect(post.createdAt).toBe('2025-01-01T16:07:24.000Z')
    expect(post.editedAt).toBe('2025-01-01T21:08:15.000Z')
    expect(post.media).toEqual([
      {
        kind: 'image',
        url: 'https://i4.ytimg.com/vi/W_S7iKZZdHw/hqdefault.jpg',
        alt: '',
        width: 480,
        height: 360,
      },
    ])
    expect(post.card).toMatchObject({
      url: 'https://www.youtube.com/watch?v=W_S7iKZZdHw',
      title: 'Digital Foundry Games of 2024: The Oliver Mackenzie Collection!',
      imageUrl: 'https://i4.ytimg.com/vi/W_S7iKZZdHw/hqdefault.jpg',
      siteName: 'YouTube · Digital Foundry',
    })
    expect(post.html).toMatch(
      /^<p><strong>Digital Foundry Games of 2024: The Oliver Mackenzie Collection!<\/strong><\/p><p>As the holiday period/,
    )
    expect(post.text).toMatch(/^Digital Foundry Games of 2024: .*\n\nAs the holiday period/)
    expect(post.sourceRef).toBe(feedUrl)
    expect(post.availability).toEqual({ state: 'available' })
  })

  it('maps a podcast enclosure to audio, and language and avatar from the feed', () => {
    const feed = parseFeed(feedBytes('rss-parser-narro.rss'))
    const first = feed.items[0]
    if (!first) throw new Error('no item')
    const post = feedItemToPost(first, feed, { fetchedAt })
    expect(post.id).toBe(
      'feed:http://on.narro.co/f#https://www.narro.co/article/54e703933058540300000069',
    )
    expect(post.media).toEqual([
      {
        kind: 'audio',
        url: 'https://s3.amazonaws.com/nareta-articles/audio/54d046c293f79c0300000003/7e2d2b00-a945-441a-f49b-063786a319a4.mp3',
        alt: '',
        mimeType: 'audio/mpeg',
      },
    ])
    expect(post.language).toBe('en')
    expect(post.author.avatarUrl).toBe('https://www.narro.co/images/narro-icon-lg.png')
    // The item names only an address: the feed's title names the author.
    expect(post.author.name).toBe('foobar on Narro')
    expect(post.author.handle).toBe('on.narro.co')
  })

  it('keeps an ISO-8859-1 title intact through sanitising', () => {
    const feed = parseFeed(feedBytes('rss-parser-encoding.rss'))
    const first = feed.items[0]
    if (!first) throw new Error('no item')
    const post = feedItemToPost(first, feed, { fetchedAt })
    expect(post.text).toMatch(/^Mãe de utente é a nova presidente da Raríssimas\n\nSónia Laygue/)
    expect(post.language).toBe('pt-pt')
    // The 1×1 tracking pixel in the description is gone.
    expect(post.html).not.toContain('<img')
  })

  it('prefers the link when ids repeat (Reddit), and never builds an invalid date', () => {
    const items = [
      item({ id: 'same', link: 'https://blog.example/a', published: undefined }),
      item({ id: 'same', link: 'https://blog.example/b' }),
      item({ id: 'unique', link: 'https://blog.example/c' }),
      item({}),
    ]
    const feed = feedOf(items, { updated: '2026-01-02T00:00:00.000Z' })
    const posts = items.map((entry) => feedItemToPost(entry, feed, { fetchedAt, source: 'feed' }))
    expect(posts.map((post) => post.id)).toEqual([
      'feed:https://blog.example/#https://blog.example/a',
      'feed:https://blog.example/#https://blog.example/b',
      'feed:https://blog.example/#unique',
      'feed:https://blog.example/#item-3',
    ])
    expect(posts[0]?.createdAt).toBe('2026-01-02T00:00:00.000Z')
    const undated = feedItemToPost(item({}), feedOf([]), { fetchedAt })
    expect(undated.createdAt).toBe(fetchedAt)
    expect(Number.isNaN(Date.parse(undated.createdAt))).toBe(false)
  })

  it('keeps only http(s) links and media, and escapes plain text', () => {
    const hostile = item({
      link: 'javascript:alert(1)',
      title: '<b>not bold</b>',
      content: { kind: 'text', value: 'a < b\n\nnext' },
      enclosures: [
        { url: 'javascript:alert(1)', mimeType: 'image/png' },
        { url: 'https://cdn.example/x.mp4', mimeType: 'video/mp4' },
        { url: 'https://cdn.example/x.pdf', mimeType: 'application/pdf' },
      ],
    })
    const post = feedItemToPost(hostile, feedOf([hostile], { imageUrl: 'data:image/svg+xml,x' }), {
      fetchedAt,
    })
    expect(post.url).toBe('https://blog.example/')
    expect(post.media.map((media) => media.url)).toEqual(['https://cdn.example/x.mp4'])
    expect(post.author.avatarUrl).toBeUndefined()
    expect(post.html).toBe(
      '<p><strong>&lt;b&gt;not bold&lt;/b&gt;</strong></p><p>a &lt; b</p><p>next</p>',
    )
  })

  it('makes relative links in content absolute against the item base before sanitising', () => {
    const entry = item({
      baseUrl: 'https://old.example/blog/2004/',
      content: {
        kind: 'html',
        value: '<p>Hello <a href="../about">me</a> <a href="#top">top</a></p>',
      },
    })
    const post = feedItemToPost(entry, feedOf([entry]), { fetchedAt })
    expect(post.html).toBe(
      '<p>Hello <a href="https://old.example/blog/about" rel="noopener noreferrer ugc" target="_blank">me</a> <a href="https://old.example/blog/2004/#top" rel="noopener noreferrer ugc" target="_blank">top</a></p>',
    )
  })

  it("dedupes Reddit's feed, whose entries all carry the subreddit icon as their id", () => {
    const feed = parseFeed(feedBytes('prof18-atom-feed-reddit.xml'))
    const entry = feed.items[0]
    if (!entry) throw new Error('no entry')
    expect(entry.id).toBe('https://www.redditstatic.com/icon.png/')
    const twin = { ...entry, link: 'https://www.reddit.com/r/Minecraft/comments/2/other/' }
    const both = { ...feed, items: [entry, twin] }
    const feedUrl = 'https://www.reddit.com/r/minecraft.rss'
    expect(both.items.map((one) => feedItemToPost(one, both, { fetchedAt, feedUrl }).id)).toEqual([
      `feed:${feedUrl}#https://www.reddit.com/r/Minecraft/comments/1ldu6hr/vibrant_visuals_troubleshooting/`,
      `feed:${feedUrl}#https://www.reddit.com/r/Minecraft/comments/2/other/`,
    ])
  })
})

import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import type { Post } from '../../domain/post'
import { postSchema } from '../../domain/schema'
import { readFixtureJson } from '../../test/fixturePath'
import { mapFeedItems, mapPostView, mapPostViews } from './mapPostView'
import type { RawFeedAnswer, RawPostsAnswer, RawPostView, RawThreadViewPost } from './rawTypes'

const FETCHED_AT = '2026-11-25T12:00:00.000Z'

const authorFeed = readFixtureJson('bluesky/bskyr-getAuthorFeed.json') as RawFeedAnswer
const listFeed = readFixtureJson('bluesky/bskyr-getListFeed.json') as RawFeedAnswer
const quotes = readFixtureJson('bluesky/bskyr-getQuotes.json') as RawPostsAnswer & { uri: string }
const search = readFixtureJson('bluesky/bskyr-searchPosts-authenticated.json') as RawPostsAnswer
const getPosts = readFixtureJson('bluesky/bskyr-getPosts.json') as RawPostsAnswer

const feedPosts = mapFeedItems(authorFeed.feed, FETCHED_AT)
const byRkey = (posts: Post[], rkey: string): Post => {
  const post = posts.find((candidate) => candidate.sourceRef?.endsWith(`/${rkey}`))
  if (!post) throw new Error(`no post ${rkey}`)
  return post
}
const quoted = (post: Post): Post => {
  if (post.quote?.state !== 'available') throw new Error(`${post.id} quotes no available post`)
  return post.quote.post
}

/** The view of the first post, with changes: for the states no recording shows. */
const basePost = getPosts.posts![0]!
const variant = (changes: Partial<RawPostView>): RawPostView => ({ ...basePost, ...changes })

describe('mapPostView on getPosts (bskyr-getPosts.json)', () => {
  const post = mapPostView(basePost, { fetchedAt: FETCHED_AT })

  it('names the post by its at-uri and links to its bsky.app page', () => {
    const uri = 'at://did:plc:ic6zqvuw5ulmfpjiwnhsr2ns/app.bsky.feed.post/3k7qmjev5lr2s'
    expect(post.id).toBe(`bluesky:${uri}`)
    expect(post.source).toBe('bluesky')
    expect(post.sourceRef).toBe(uri)
    expect(post.url).toBe('https://bsky.app/profile/soubhikbarari.bsky.social/post/3k7qmjev5lr2s')
  })

  it('maps the author, dates, text, language and counts', () => {
    expect(post.author).toEqual({
      name: 'Soubhik Barari',
      handle: '@soubhikbarari.bsky.social',
      url: 'https://bsky.app/profile/soubhikbarari.bsky.social',
      avatarUrl:
        'https://cdn.bsky.app/img/avatar/plain/did:plc:ic6zqvuw5ulmfpjiwnhsr2ns/bafkreigw22cywihgenkywtt74m4fy5vi5y5oyzzscmvymhhbi3jnhd55li@jpeg',
      id: 'did:plc:ic6zqvuw5ulmfpjiwnhsr2ns',
    })
    expect(post.createdAt).toBe('2023-09-19T11:32:54.574Z')
    expect(post.fetchedAt).toBe(FETCHED_AT)
    expect(post.text.startsWith('Excited to be a speaker for the \n@rstatsai conf')).toBe(true)
    expect(post.language).toBe('en')
    expect(post.metrics).toEqual({ replies: 0, reposts: 0, likes: 4, quotes: 0 })
    expect(post.availability).toEqual({ state: 'available' })
    expect(post.reusePolicy).toBeUndefined()
    expect(post.labels).toBeUndefined()
  })

  it('maps the image with its thumbnail and an empty alt', () => {
    expect(post.media).toEqual([
      {
        kind: 'image',
        url: 'https://cdn.bsky.app/img/feed_fullsize/plain/did:plc:ic6zqvuw5ulmfpjiwnhsr2ns/bafkreictkyws7qbruuupes52t6k5o5o5qfggf7pm6urzz7dyty53gzu3h4@jpeg',
        previewUrl:
          'https://cdn.bsky.app/img/feed_thumbnail/plain/did:plc:ic6zqvuw5ulmfpjiwnhsr2ns/bafkreictkyws7qbruuupes52t6k5o5o5qfggf7pm6urzz7dyty53gzu3h4@jpeg',
        alt: '',
      },
    ])
  })

  it('writes paragraphs and the two links after the emoji', () => {
    expect(post.html).toContain(
      '(<a href="http://localview.net/" rel="noopener noreferrer ugc" target="_blank">localview.net</a>)',
    )
    expect(post.html).toContain(
      '<p><a href="https://rstats.ai/gov.html" rel="noopener noreferrer ugc" target="_blank">rstats.ai/gov.html</a></p>',
    )
    expect(post.html.startsWith('<p>Excited to be a speaker for the <br>@rstatsai')).toBe(true)
  })
})

describe('mapFeedItems on getAuthorFeed (bskyr-getAuthorFeed.json)', () => {
  it('maps all 50 items into valid Posts', () => {
    expect(feedPosts).toHaveLength(50)
    for (const post of feedPosts) expect(() => v.parse(postSchema, post)).not.toThrow()
  })

  it('marks the 7 reposts with who reposted them', () => {
    const reposts = feedPosts.filter((post) => post.repostedBy)
    expect(reposts).toHaveLength(7)
    const repost = byRkey(feedPosts, '3lnneysi3ps2c')
    expect(repost.author.handle).toBe('@mickael.canouil.fr')
    expect(repost.repostedBy).toMatchObject({
      name: 'Chris Kenny',
      handle: '@chriskenny.bsky.social',
      id: 'did:plc:wpe35pganb6d4pg4ekmfy6u5',
    })
    expect(byRkey(feedPosts, '3lo7irc7njk2p').repostedBy).toBeUndefined()
  })

  it('maps an external embed to a link card', () => {
    expect(byRkey(feedPosts, '3lnneysi3ps2c').card).toEqual({
      url: 'https://github.com/mcanouil/awesome-quarto',
      title:
        'GitHub - mcanouil/awesome-quarto: A curated list of Quarto talks, tools, examples & articles! Contributions welcome!',
      description:
        'A curated list of Quarto talks, tools, examples & articles! Contributions welcome! - mcanouil/awesome-quarto',
      imageUrl:
        'https://cdn.bsky.app/img/feed_thumbnail/plain/did:plc:n65dhyosfrm6t7jhzum76exq/bafkreia6dpv2cnzz634yzylamawjc2vdxtnvbuy5esd3yg535pe2v2eqpq@jpeg',
    })
  })

  it('keeps alt text and aspect ratios of several images', () => {
    const media = byRkey(feedPosts, '3ll242ifkjk2q').media
    expect(media).toHaveLength(3)
    expect(media.map((item) => [item.width, item.height])).toEqual([
      [1406, 1498],
      [1806, 2000],
      [1999, 1405],
    ])
    expect(media[0]?.alt.startsWith('Hexagonal logo for the multide')).toBe(true)
    expect(media.every((item) => item.kind === 'image' && item.previewUrl)).toBe(true)
    // One image of the feed has alt text but no aspect ratio: no invented size.
    const unsized = byRkey(feedPosts, '3ku7fkat3gc2s').media[0]
    expect(unsized?.alt.startsWith('BAF package logo')).toBe(true)
    expect(unsized?.width).toBeUndefined()
  })

  it('maps recordWithMedia to the images and the quoted post', () => {
    const post = byRkey(feedPosts, '3loagm2phgk2t')
    expect(post.media).toHaveLength(1)
    expect(post.media[0]).toMatchObject({ kind: 'image', alt: '', width: 652, height: 348 })
    const inner = quoted(post)
    expect(inner.id).toBe(
      'bluesky:at://did:plc:qnzaaisqa3lafzmtjxt5nt52/app.bsky.feed.post/3loacnvvpgn22',
    )
    expect(inner.author.name).toBe('CRAN Updates')
    expect(inner.url).toBe('https://bsky.app/profile/cranupdates.bsky.social/post/3loacnvvpgn22')
    expect(inner.createdAt).toBe('2025-05-03T02:37:59.976Z')
    expect(inner.text.startsWith('Updates on CRAN: bskyr (0.3.0)')).toBe(true)
    expect(inner.metrics).toEqual({ replies: 0, reposts: 1, likes: 2, quotes: 1 })
  })

  it('maps recordWithMedia whose media is a link card', () => {
    const post = byRkey(feedPosts, '3kz2mjf5rjs2q')
    expect(post.card?.url).toMatch(/^https:\/\//)
    expect(post.media).toEqual([])
    // The quoted post brings its own images.
    expect(quoted(post).media.length).toBeGreaterThan(0)
  })

  it('maps a video inside a quoted post as an HLS video with its poster and alt', () => {
    const video = quoted(byRkey(feedPosts, '3lc7q2n2vik2i')).media
    expect(video).toEqual([
      {
        kind: 'video',
        url: 'https://video.bsky.app/watch/did%3Aplc%3A5c2r73erhng4bszmxlfdtscf/bafkreig6cnr4gjl7ibnpveogcrv3cs6rtb2zciwd2uh652yi547cb5bbly/playlist.m3u8',
        previewUrl:
          'https://video.bsky.app/watch/did%3Aplc%3A5c2r73erhng4bszmxlfdtscf/bafkreig6cnr4gjl7ibnpveogcrv3cs6rtb2zciwd2uh652yi547cb5bbly/thumbnail.jpg',
        alt: 'a carousel of package logos, all hexagonal',
        mimeType: 'application/vnd.apple.mpegurl',
      },
    ])
  })

  it('maps a plain quote whose quoted post has a link card', () => {
    const inner = quoted(byRkey(feedPosts, '3lktjjvxvdk2g'))
    expect(inner.card?.url).toBe('https://github.com/christopherkenny/bskyr/pull/18')
    expect(inner.html).toContain('href="https://github.com/christopherkenny/bskyr/pull/18"')
  })

  it('links a reply to its parent, with the handle when the feed hydrated the parent', () => {
    expect(byRkey(feedPosts, '3lof7sovfok2h').replyTo).toEqual({
      url: 'https://bsky.app/profile/smachlis.bsky.social/post/3lobj4swhjo2x',
      authorHandle: '@smachlis.bsky.social',
    })
    // The parent was deleted (notFoundPost): the link is built from the at-uri alone.
    expect(byRkey(feedPosts, '3l3qbvrkwvp2s').replyTo).toEqual({
      url: 'https://bsky.app/profile/did:plc:4szmwdqlabkd37mw7n3tpojq/post/3l37qwkl3uf2t',
    })
    expect(byRkey(feedPosts, '3lo7irc7njk2p').replyTo).toBeUndefined()
  })

  it('maps the dissertation post exactly', () => {
    const post = byRkey(feedPosts, '3lo7irc7njk2p')
    expect(post.createdAt).toBe('2025-05-02T18:54:36.307Z')
    expect(post.metrics).toEqual({ replies: 2, reposts: 2, likes: 6, quotes: 0 })
    expect(post.card?.url).toMatch(/^https:\/\/github\.com\/christopherkenny\//)
  })
})

describe('mapFeedItems on getListFeed (bskyr-getListFeed.json)', () => {
  const posts = mapFeedItems(listFeed.feed, FETCHED_AT)

  it('maps all 10 items with their images', () => {
    expect(posts).toHaveLength(10)
    expect(byRkey(posts, '3lpr5o7acpc2b').media).toHaveLength(4)
    expect(byRkey(posts, '3lpr5o7acpc2b').media[0]).toMatchObject({ width: 1280, height: 720 })
    for (const post of posts) expect(() => v.parse(postSchema, post)).not.toThrow()
  })
})

describe('mapPostViews on getQuotes (bskyr-getQuotes.json)', () => {
  const posts = mapPostViews(quotes.posts, FETCHED_AT)

  it('maps both quote posts, each quoting the requested post', () => {
    expect(posts).toHaveLength(2)
    for (const post of posts) expect(quoted(post).sourceRef).toBe(quotes.uri)
    const withMedia = byRkey(posts, '3lc5d6zspys2c')
    expect(withMedia.card?.url).toMatch(/^https:\/\//)
    expect(withMedia.html).toContain('class="hashtag"')
  })
})

describe('mapPostViews on authenticated searchPosts (bskyr-searchPosts-authenticated.json)', () => {
  const posts = mapPostViews(search.posts, FETCHED_AT)

  it('maps all 25 results', () => {
    expect(posts).toHaveLength(25)
    for (const post of posts) expect(() => v.parse(postSchema, post)).not.toThrow()
  })

  it('keeps the authors’ wish not to be shown to logged-out viewers', () => {
    const hidden = posts.filter((post) => post.reusePolicy?.hideFromLoggedOut)
    expect(hidden.map((post) => post.author.id)).toEqual([
      search.posts![5]!.author!.did,
      search.posts![12]!.author!.did,
      search.posts![21]!.author!.did,
      search.posts![22]!.author!.did,
    ])
    // A labeler's "rude" label on an author is not the author's wish and not a post label.
    expect(posts[11]?.reusePolicy).toBeUndefined()
    expect(posts[11]?.labels).toBeUndefined()
  })
})

describe('mapPostView on a 2023 thread with recordWithMedia (marshalx)', () => {
  const thread = readFixtureJson('bluesky/marshalx-getPostThread-recordWithMedia.json') as {
    thread: RawThreadViewPost
  }
  const post = mapPostView(thread.thread.post!, { fetchedAt: FETCHED_AT })

  it('maps an empty-text post quoting its author’s own post, with an image', () => {
    expect(post.text).toBe('')
    expect(post.html).toBe('')
    expect(post.media).toHaveLength(1)
    expect(post.metrics).toEqual({ replies: 0, reposts: 0, likes: 0 })
    const inner = quoted(post)
    expect(inner.text).toBe('test')
    expect(inner.author.handle).toBe('@test.marshal.dev')
    expect(inner.media).toEqual([])
  })
})

describe('labels and reuse policy', () => {
  it('gathers moderation labels and self-labels, deduplicated, and marks nudity sensitive', () => {
    const post = mapPostView(
      variant({
        labels: [
          { src: 'did:plc:labeler', val: 'nudity' },
          { src: 'did:plc:labeler', val: 'spam' },
          { src: 'did:plc:labeler', val: 'gore', neg: true },
        ],
        record: {
          ...basePost.record,
          labels: {
            $type: 'com.atproto.label.defs#selfLabels',
            values: [{ val: 'nudity' }, { val: 'graphic-media' }],
          },
        },
      }),
      { fetchedAt: FETCHED_AT },
    )
    expect(post.labels).toEqual(['nudity', 'spam', 'graphic-media'])
    expect(post.sensitive).toBe(true)
    expect(post.contentWarning).toBe('Sensitive media: nudity, graphic-media')
  })

  it('leaves posts with harmless labels unblurred', () => {
    const post = mapPostView(variant({ labels: [{ val: 'spam' }] }), { fetchedAt: FETCHED_AT })
    expect(post.labels).toEqual(['spam'])
    expect(post.sensitive).toBeUndefined()
    expect(post.contentWarning).toBeUndefined()
  })

  it('reads the embedding switch from the viewer state and from a postgate', () => {
    const viaViewer = mapPostView(variant({ viewer: { embeddingDisabled: true } }), {
      fetchedAt: FETCHED_AT,
    })
    expect(viaViewer.reusePolicy).toEqual({ embeddingDisabled: true, quote: 'nobody' })
    const viaPostgate = mapPostView(basePost, {
      fetchedAt: FETCHED_AT,
      postgate: {
        $type: 'app.bsky.feed.postgate',
        embeddingRules: [{ $type: 'app.bsky.feed.postgate#disableRule' }],
      },
    })
    expect(viaPostgate.reusePolicy).toEqual({ embeddingDisabled: true, quote: 'nobody' })
  })

  it('falls back to indexedAt when createdAt is not a date, and reads +00:00 offsets', () => {
    const broken = variant({ record: { ...basePost.record, createdAt: 'yesterday' } })
    expect(mapPostView(broken, { fetchedAt: FETCHED_AT }).createdAt).toBe(
      '2023-09-19T11:32:54.574Z',
    )
    const offset = variant({
      record: { ...basePost.record, createdAt: '2024-02-22T21:58:13.903293+02:00' },
    })
    expect(mapPostView(offset, { fetchedAt: FETCHED_AT }).createdAt).toBe(
      '2024-02-22T19:58:13.903Z',
    )
  })
})

describe('quotes the AppView cannot show', () => {
  const quoting = (record: Record<string, unknown>) =>
    mapPostView(variant({ embed: { $type: 'app.bsky.embed.record#view', record } as never }), {
      fetchedAt: FETCHED_AT,
    }).quote

  const uri = 'at://did:plc:gone/app.bsky.feed.post/3kgone'

  it('says a deleted quote is not found', () => {
    expect(quoting({ $type: 'app.bsky.embed.record#viewNotFound', uri, notFound: true })).toEqual({
      state: 'unavailable',
      reason: 'not-found',
      url: 'https://bsky.app/profile/did:plc:gone/post/3kgone',
    })
  })

  it('says a quote from a blocked account is blocked', () => {
    expect(
      quoting({
        $type: 'app.bsky.embed.record#viewBlocked',
        uri,
        blocked: true,
        author: { did: 'did:plc:gone' },
      }),
    ).toEqual({
      state: 'unavailable',
      reason: 'blocked',
      url: 'https://bsky.app/profile/did:plc:gone/post/3kgone',
    })
  })

  it('says a quote its author detached is detached', () => {
    expect(quoting({ $type: 'app.bsky.embed.record#viewDetached', uri, detached: true })).toEqual({
      state: 'unavailable',
      reason: 'detached',
      url: 'https://bsky.app/profile/did:plc:gone/post/3kgone',
    })
  })

  it('leaves out record kinds it does not know', () => {
    expect(quoting({ $type: 'app.bsky.future#view', uri })).toBeUndefined()
  })
})

describe('feeds, lists and starter packs embedded as records', () => {
  const embedding = (record: Record<string, unknown>) =>
    mapPostView(variant({ embed: { $type: 'app.bsky.embed.record#view', record } as never }), {
      fetchedAt: FETCHED_AT,
    })

  it('shows an embedded feed generator as a card (marshalx-getRecord-feed-generator.json)', () => {
    const feed = readFixtureJson('bluesky/marshalx-getRecord-feed-generator.json') as {
      uri: string
      cid: string
      value: { displayName: string; description: string; did: string }
    }
    // A generatorView is the hydrated form of this record, as the AppView embeds it.
    const post = embedding({
      $type: 'app.bsky.feed.defs#generatorView',
      uri: feed.uri,
      cid: feed.cid,
      did: feed.value.did,
      creator: { did: 'did:plc:s6jnht6koorxz7trghirytmf', handle: 'marshal.dev' },
      displayName: feed.value.displayName,
      description: feed.value.description,
      avatar:
        'https://cdn.bsky.app/img/avatar/plain/did:plc:s6jnht6koorxz7trghirytmf/bafkreignfeqych2ksvvqyyrrlbsiwb4jrrlhvfuxppgtn6wbqusfaqo35u@jpeg',
    })
    expect(post.quote).toBeUndefined()
    expect(post.card).toEqual({
      url: 'https://bsky.app/profile/marshal.dev/feed/atproto',
      title: 'AT Protocol',
      description: 'Posts related to the protocol. Powered by The AT Protocol SDK for Python',
      imageUrl:
        'https://cdn.bsky.app/img/avatar/plain/did:plc:s6jnht6koorxz7trghirytmf/bafkreignfeqych2ksvvqyyrrlbsiwb4jrrlhvfuxppgtn6wbqusfaqo35u@jpeg',
      siteName: 'Bluesky',
    })
  })

  it('shows an embedded list and a starter pack as cards', () => {
    expect(
      embedding({
        $type: 'app.bsky.graph.defs#listView',
        uri: 'at://did:plc:ragtjsm2j2vknwkz3zp4oxrd/app.bsky.graph.list/3kmokjyuflk2g',
        creator: { did: 'did:plc:ragtjsm2j2vknwkz3zp4oxrd' },
        name: 'Computing',
        purpose: 'app.bsky.graph.defs#curatelist',
      }).card,
    ).toEqual({
      url: 'https://bsky.app/profile/did:plc:ragtjsm2j2vknwkz3zp4oxrd/lists/3kmokjyuflk2g',
      title: 'Computing',
      siteName: 'Bluesky',
    })
    expect(
      embedding({
        $type: 'app.bsky.graph.defs#starterPackViewBasic',
        uri: 'at://did:plc:abc/app.bsky.graph.starterpack/3kpack',
        creator: { did: 'did:plc:abc', handle: 'alice.example' },
        record: { name: 'R people', description: 'Folks who post #rstats' },
      }).card,
    ).toEqual({
      url: 'https://bsky.app/starter-pack/alice.example/3kpack',
      title: 'R people',
      description: 'Folks who post #rstats',
      siteName: 'Bluesky',
    })
  })
})

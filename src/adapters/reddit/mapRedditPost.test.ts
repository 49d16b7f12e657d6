import { describe, expect, it } from 'vitest'
import type { Post } from '../../domain/post'
import { readFixtureJson } from '../../test/fixturePath'
import { mapRedditPost } from './mapRedditPost'
import { isObject, type RawObject } from './redditFields'
import { listingPosts, threadPosts } from './redditListing'

const FETCHED_AT = '2026-08-02T10:00:00.000Z'
const fixture = (name: string) => readFixtureJson(`reddit/${name}.json`)

const listing = (name: string): Post[] => listingPosts(fixture(name), FETCHED_AT).posts
const thread = (name: string, withComments = false): Post[] =>
  threadPosts(fixture(name), FETCHED_AT, withComments)
const only = <T>(items: T[], index = 0): T => {
  const item = items[index]
  if (item === undefined) throw new Error(`no item ${index}`)
  return item
}

describe('go-reddit subreddit posts (escaped HTML, no raw_json)', () => {
  const [self, image] = listing('go-reddit-subreddit-posts')

  it('maps a self post: title in bold, unescaped body, counts, dates', () => {
    expect(self).toMatchObject({
      id: 'reddit:t3_agi5zf',
      source: 'reddit',
      url: 'https://www.reddit.com/r/test/comments/agi5zf/test/',
      createdAt: new Date(1547618271 * 1000).toISOString(),
      fetchedAt: FETCHED_AT,
      text: 'test\n\ntest',
      html: '<p><strong>test</strong></p><p>test</p>\n',
      media: [],
      metrics: { likes: 253, replies: 1634 },
      availability: { state: 'available' },
      sourceRef: 'https://www.reddit.com/comments/agi5zf.json?raw_json=1',
    })
    expect(self?.author).toEqual({
      name: 'kmiller0112',
      handle: 'u/kmiller0112 · r/test',
      url: 'https://www.reddit.com/user/kmiller0112',
      id: expect.stringMatching(/^t2_/) as unknown,
    })
    expect(self?.author.avatarUrl).toBeUndefined()
    expect(self?.editedAt).toBeUndefined()
    expect(self?.card).toBeUndefined()
  })

  it('maps an image post to its preview image, with the escaped URL undone', () => {
    expect(image?.media).toEqual([
      {
        kind: 'image',
        url: 'https://external-preview.redd.it/ljFZZBn60orDIFTvDbPCXM-Thg9XsXAVm5kmH62gxKw.png?auto=webp&s=f5103946eee4586cba8a1ba410e3098e9a14bb58',
        width: 720,
        height: 859,
        alt: '',
      },
    ])
    expect(image?.card).toBeUndefined()
    expect(image?.html).toBe('<p><strong>Veggies</strong></p>')
    expect(image?.metrics).toEqual({ likes: 4, replies: 0 })
  })
})

describe('go-reddit search posts', () => {
  const [video, link] = listing('go-reddit-search-posts')

  it('maps a hosted video to its silent MP4 with the preview as poster', () => {
    expect(video?.author.handle).toBe('u/chocolat_ice_cream · r/WatchPeopleDieInside')
    expect(video?.media).toEqual([
      {
        kind: 'video',
        url: 'https://v.redd.it/ra4qnt8bt8d51/DASH_360.mp4?source=fallback',
        previewUrl:
          'https://external-preview.redd.it/OcR_yQzvFMo4upwEVJe0naWpvA3cmyBpucsJF2OvhLA.png?format=pjpg&auto=webp&s=dbe1004d6df4fb6014d78e0c0d817c1106f1f3b2',
        width: 360,
        height: 360,
        alt: '',
        mimeType: 'video/mp4',
      },
    ])
    expect(video?.card).toBeUndefined()
    expect(video?.metrics).toEqual({ likes: 103829, replies: 3748 })
  })

  it('maps a link post to a card with the preview image', () => {
    expect(link?.media).toEqual([])
    expect(link?.card).toEqual({
      url: 'https://www.theguardian.com/world/2020/jul/07/jair-bolsonaro-coronavirus-positive-test-brazil-president',
      title: 'Brazilian president Jair Bolsonaro tests positive for coronavirus',
      imageUrl:
        'https://external-preview.redd.it/OIVJopP4J8t4KzYcr7bjitC4Xd8CVbOHdNJcyz27viw.jpg?auto=webp&s=bcb266e3d2f9b1b8410b8ebc1ba112461ac7c89b',
      siteName: 'theguardian.com',
    })
  })
})

describe('go-reddit post with comments', () => {
  it('maps the post and its top-level comment, not the nested reply', () => {
    const [post, comment, ...rest] = thread('go-reddit-post-with-comments', true)
    expect(rest).toEqual([])
    expect(post?.html).toBe('<p><strong>Test</strong></p><p>Hello</p>\n')
    expect(post?.metrics).toEqual({ likes: 1, replies: 2 })
    expect(comment).toMatchObject({
      id: 'reddit:t1_testc1',
      text: 'Hi',
      html: '<p>Hi</p>\n',
      url: 'https://www.reddit.com/r/test/comments/testpost/test/testc1/',
      createdAt: new Date(1595068319 * 1000).toISOString(),
      replyTo: {
        url: 'https://www.reddit.com/r/test/comments/testpost/test/',
        authorHandle: 'u/testuser · r/test',
      },
      metrics: { likes: 1 },
      availability: { state: 'available' },
      sourceRef: 'https://www.reddit.com/comments/testpost/_/testc1.json?raw_json=1',
    })
  })
})

describe('praw fixtures (raw_json)', () => {
  it('maps a gallery in gallery_data order with captions as alt text', () => {
    const post = only(thread('praw-comments-gallery-post'))
    expect(post.author.handle).toBe('u/<USERNAME> · r/<TEST_SUBREDDIT>')
    expect(post.media.map((media) => [media.url, media.alt, media.mimeType])).toEqual([
      [
        'https://preview.redd.it/pb7qsvi6i3c51.png?width=128&format=png&auto=webp&s=7c2e610589cb5c8d60384b1d2a8eadc5c874d1d9',
        '',
        'image/png',
      ],
      [
        'https://preview.redd.it/14wmudl6i3c51.jpg?width=128&format=pjpg&auto=webp&s=978f65bc49a7bc65ed5b0cb7493e7da85ba87909',
        'test.jpg',
        'image/jpg',
      ],
      ['https://i.redd.it/vkm62gm6i3c51.gif', '', 'image/gif'],
      [
        'https://preview.redd.it/wka18en6i3c51.png?width=128&format=png&auto=webp&s=da421b79862a56e00187a720bf90693de71efbbe',
        'test.png',
        'image/png',
      ],
    ])
    expect(post.media.every((media) => media.width === 128 && media.height === 128)).toBe(true)
    expect(post.card).toBeUndefined()
  })

  it('maps a crosspost to a quote of the original', () => {
    const post = only(thread('praw-comments-crosspost'))
    expect(post.id).toBe('reddit:t3_6vx8n0')
    expect(post.card).toBeUndefined()
    expect(post.quote?.state).toBe('available')
    const quoted = post.quote?.state === 'available' ? post.quote.post : undefined
    expect(quoted).toMatchObject({
      id: 'reddit:t3_6vx01b',
      url: 'https://www.reddit.com/r/reddit_api_test/comments/6vx01b/test_title/',
      author: { name: 'kwwxis2', handle: 'u/kwwxis2 · r/reddit_api_test' },
      text: 'Test Title\n\ncrossposting',
      html: '<p><strong>Test Title</strong></p><p>crossposting</p>\n',
    })
    expect(quoted?.quote).toBeUndefined()
  })

  it('maps the post of a deleted comment context; the empty comment listing adds nothing', () => {
    const posts = thread('praw-comments-deleted-comment-context', true)
    expect(posts.map((post) => post.id)).toEqual(['reddit:t3_52o2fl'])
    expect(posts[0]).toMatchObject({
      author: { name: 'CorvetteCole', handle: 'u/CorvetteCole · r/test' },
      text: 'testing define bot!\n\ntest',
      metrics: { likes: 1, replies: 19 },
    })
  })

  it('maps an old search listing: edited dates, relative links made absolute, ref dropped', () => {
    const posts = listing('praw-search-r-all')
    expect(posts).toHaveLength(6)
    const first = only(posts)
    expect(first.url).toBe(
      'https://www.reddit.com/r/redditdev/comments/3gpbiu/prawoauth2util_problem_using_get_banned_raise/',
    )
    expect(first.author.handle).toBe('u/dClauzel · r/redditdev')
    expect(first.editedAt).toBe(new Date(1439447718 * 1000).toISOString())
    expect(first.html).toContain(
      '<a href="https://www.reddit.com/r/redditdev/comments/3gpbiu/prawoauth2util_problem_using_get_banned_raise/cu1b1nc" rel="noopener noreferrer ugc" target="_blank">',
    )
    // A score of 0 is a real count.
    expect(first.metrics).toEqual({ likes: 0, replies: 21 })
    const japanese = only(posts, 5)
    expect(japanese.url).toBe(
      new URL(
        '/r/p18s/comments/4at068/たびたび話題になるサイドバーの閲覧中ユーザ数についてまた調べた/',
        'https://www.reddit.com',
      ).href,
    )
    expect(japanese.html).not.toContain('<h2>')
    expect(japanese.html).toContain('tl;dr')
  })
})

describe('hostile and gone posts', () => {
  const base = (fields: RawObject): RawObject => ({
    name: 't3_abc',
    created_utc: 1700000000,
    title: 'Title',
    author: 'someone',
    permalink: '/r/x/comments/abc/title/',
    subreddit: 'x',
    ...fields,
  })
  const map = (fields: RawObject) => mapRedditPost(base(fields), { fetchedAt: FETCHED_AT })

  it('marks a post whose author and body are gone as deleted', () => {
    expect(map({ author: '[deleted]', selftext: '[removed]' })?.availability).toEqual({
      state: 'unavailable',
      reason: 'deleted',
    })
    const orphan = map({ author: '[deleted]', selftext: 'still here' })
    expect(orphan?.availability).toEqual({ state: 'available' })
    expect(orphan?.author).toEqual({ name: '[deleted]', handle: 'u/[deleted] · r/x' })
  })

  it('flags NSFW and spoilers as sensitive, spoilers with a warning', () => {
    expect(map({ over_18: true })).toMatchObject({ sensitive: true, labels: ['nsfw'] })
    expect(map({ over_18: true })?.contentWarning).toBeUndefined()
    expect(map({ spoiler: true })).toMatchObject({
      sensitive: true,
      labels: ['spoiler'],
      contentWarning: 'Spoiler',
    })
  })

  it('escapes the title and sanitises the body', () => {
    const post = map({
      title: '<img src=x onerror=alert(1)>',
      selftext_html:
        '<div class="md"><p onclick="x()">hi <a href="javascript:alert(1)">x</a></p><script>alert(1)</script></div>',
    })
    expect(post?.html).toBe(
      '<p><strong>&lt;img src=x onerror=alert(1)&gt;</strong></p><p>hi <a rel="noopener noreferrer ugc" target="_blank">x</a></p>',
    )
  })

  it('keeps only http(s) media and links', () => {
    const post = map({
      post_hint: 'image',
      preview: { images: [{ source: { url: 'javascript:alert(1)', width: 1, height: 1 } }] },
    })
    expect(post?.media).toEqual([])
    const link = map({ url_overridden_by_dest: 'data:text/html,x', is_self: false })
    expect(link?.card).toBeUndefined()
  })

  it('skips entries that are not submissions', () => {
    expect(map({ name: 't1_abc' })).toBeUndefined()
    expect(map({ created_utc: 'yesterday' })).toBeUndefined()
    expect(isObject([])).toBe(false)
  })
})

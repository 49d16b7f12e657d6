import { describe, expect, it } from 'vitest'
import { readFixtureJson } from '../../test/fixturePath'
import { mapHackerNewsItem } from './mapHackerNewsItem'

const FETCHED_AT = '2026-08-02T10:00:00.000Z'
const API = 'https://hacker-news.firebaseio.com/v0'
const map = (raw: unknown) => mapHackerNewsItem(raw, { fetchedAt: FETCHED_AT, api: API })
const readme = (id: number) => map(readFixtureJson(`hackernews/hn-readme-item-${id}.json`))

describe('README items', () => {
  it('maps a story with a link to a card, score and comment count', () => {
    expect(readme(8863)).toEqual({
      id: 'hackernews:8863',
      source: 'hackernews',
      url: 'https://news.ycombinator.com/item?id=8863',
      author: {
        name: 'dhouston',
        handle: 'dhouston',
        id: 'dhouston',
        url: 'https://news.ycombinator.com/user?id=dhouston',
      },
      createdAt: new Date(1175714200 * 1000).toISOString(),
      fetchedAt: FETCHED_AT,
      text: 'My YC app: Dropbox - Throw away your USB drive',
      html: '<p><strong>My YC app: Dropbox - Throw away your USB drive</strong></p>',
      media: [],
      card: {
        url: 'http://www.getdropbox.com/u/2/screencast.html',
        title: 'My YC app: Dropbox - Throw away your USB drive',
        siteName: 'getdropbox.com',
      },
      metrics: { likes: 111, replies: 71 },
      availability: { state: 'available' },
      sourceRef: `${API}/item/8863.json`,
    })
  })

  it('maps a comment: sanitised HTML, plain text with decoded entities, reply to its parent', () => {
    const post = readme(2921983)
    expect(post?.text).toBe(
      "Aw shucks, guys ... you make me blush with your compliments.\n\nTell you what, Ill make a deal: I'll keep writing if you keep reading. K?",
    )
    expect(post?.html).toBe(
      "<p>Aw shucks, guys ... you make me blush with your compliments.</p><p>Tell you what, Ill make a deal: I'll keep writing if you keep reading. K?</p>",
    )
    expect(post?.replyTo).toEqual({ url: 'https://news.ycombinator.com/item?id=2921506' })
    expect(post?.metrics).toBeUndefined()
    expect(post?.card).toBeUndefined()
  })

  it('maps an Ask HN: title, then the text with its italics', () => {
    const post = readme(121003)
    expect(
      post?.text.startsWith('Ask HN: The Arc Effect\n\nor HN: the Next Iteration\n\nI get'),
    ).toBe(true)
    expect(
      post?.html.startsWith('<p><strong>Ask HN: The Arc Effect</strong></p><p><i>or</i> HN'),
    ).toBe(true)
    expect(post?.metrics).toEqual({ likes: 25, replies: 16 })
  })

  it('maps a job: empty url gives no card, links keep our rel, code blocks stay', () => {
    const post = readme(192327)
    expect(post?.card).toBeUndefined()
    expect(post?.html).toContain(
      '<a href="http://www.justin.tv/problems/bml" rel="noopener noreferrer ugc" target="_blank">http://www.justin.tv/problems/bml</a>',
    )
    expect(post?.html).toContain('<pre><code>    * Contribute')
    expect(post?.metrics).toEqual({ likes: 6 })
  })

  it('maps a poll (the adapter adds its options) and a poll option answering its poll', () => {
    const poll = readme(126809)
    expect(poll?.text).toBe('Poll: What would happen if News.YC had explicit support for polls?')
    expect(poll?.metrics).toEqual({ likes: 46, replies: 54 })
    const option = readme(160705)
    expect(option?.text).toBe("Yes, ban them; I'm tired of seeing Valleywag stories on News.YC.")
    expect(option?.replyTo).toEqual({ url: 'https://news.ycombinator.com/item?id=160704' })
    expect(option?.metrics).toEqual({ likes: 335 })
  })
})

describe('gone and hostile items', () => {
  it('marks deleted and dead items as deleted', () => {
    expect(map({ id: 1, time: 1, deleted: true, type: 'comment' })?.availability).toEqual({
      state: 'unavailable',
      reason: 'deleted',
    })
    expect(map({ id: 1, time: 1, deleted: true })?.author.name).toBe('[deleted]')
    expect(
      map({ id: 2, time: 1, by: 'x', dead: true, text: '[flagged]' })?.availability.state,
    ).toBe('unavailable')
  })

  it('sanitises text and refuses script URLs', () => {
    const post = map({
      id: 3,
      time: 1,
      by: 'x',
      title: '<b>t</b>',
      url: 'javascript:alert(1)',
      text: 'a<script>alert(1)</script><a href="javascript:x">b</a>',
    })
    expect(post?.html).toBe(
      '<p><strong>&lt;b&gt;t&lt;/b&gt;</strong></p><p>a<a rel="noopener noreferrer ugc" target="_blank">b</a></p>',
    )
    expect(post?.card).toBeUndefined()
  })

  it('is undefined for null or an item without id or time', () => {
    expect(map(null)).toBeUndefined()
    expect(map({ id: 4 })).toBeUndefined()
    expect(map([1])).toBeUndefined()
  })
})

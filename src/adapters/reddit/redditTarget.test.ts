import { describe, expect, it } from 'vitest'
import { parseRedditUrl, redditTargetOf } from './redditTarget'

describe('parseRedditUrl', () => {
  it.each([
    ['https://www.reddit.com/r/test/comments/Abc123/title/', { kind: 'post', id: 'abc123' }],
    ['https://old.reddit.com/r/test/comments/abc123/title/def456/', { kind: 'post', id: 'abc123' }],
    ['https://new.reddit.com/comments/abc123', { kind: 'post', id: 'abc123' }],
    ['https://www.reddit.com/gallery/huw6vs', { kind: 'post', id: 'huw6vs' }],
    ['https://redd.it/abc123', { kind: 'post', id: 'abc123' }],
    ['https://reddit.com/r/AskReddit/top/?t=day', { kind: 'subreddit', subreddit: 'AskReddit' }],
  ])('reads %s', (link, target) => {
    expect(parseRedditUrl(link)).toEqual(target)
  })

  it.each([
    'https://www.reddit.com/r/test/s/shareToken',
    'https://www.reddit.com/user/someone',
    'https://evilreddit.com/r/test',
    'https://www.reddit.com/r/bad-name!',
    'ftp://www.reddit.com/r/test',
    'not a link',
  ])('refuses %s', (link) => {
    expect(parseRedditUrl(link)).toBeUndefined()
  })
})

describe('redditTargetOf', () => {
  it('reads typed subreddits, subreddit searches and words', () => {
    expect(redditTargetOf({ kind: 'text', text: 'r/rust' })).toEqual({
      kind: 'subreddit',
      subreddit: 'rust',
    })
    expect(redditTargetOf({ kind: 'text', text: ' /r/rust/ ' })).toEqual({
      kind: 'subreddit',
      subreddit: 'rust',
    })
    expect(redditTargetOf({ kind: 'text', text: 'r/rust async traits' })).toEqual({
      kind: 'search',
      text: 'async traits',
      subreddit: 'rust',
    })
    expect(redditTargetOf({ kind: 'text', text: 'rust r/lang' })).toEqual({
      kind: 'search',
      text: 'rust r/lang',
    })
    expect(redditTargetOf({ kind: 'hashtag', tag: 'rust' })).toBeUndefined()
    expect(redditTargetOf({ kind: 'text', text: '  ' })).toBeUndefined()
  })
})

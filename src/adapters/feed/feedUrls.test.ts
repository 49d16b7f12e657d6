import { describe, expect, it } from 'vitest'
import { feedUrlFor, matchesFeedUrl } from './feedUrls'

const matches = (link: string) => matchesFeedUrl(new URL(link))

describe('matchesFeedUrl', () => {
  it('accepts unmistakable feed addresses', () => {
    for (const link of [
      'https://mastodon.social/@Gargron.rss',
      'https://bsky.app/profile/jay.bsky.team/rss',
      'https://www.youtube.com/feeds/videos.xml?channel_id=UC9PBzalIcEQCsiIkq36PyUA',
      'https://blog.example/feed',
      'https://blog.example/feed/',
      'https://blog.example/index.atom',
      'https://feeds.npr.org/1004/feed.json',
      'https://www.reddit.com/r/minecraft.rss',
    ])
      expect(matches(link), link).toBe(true)
  })

  it('never takes a post or profile link', () => {
    for (const link of [
      'https://mastodon.social/@Gargron/113507497373004556',
      'https://mastodon.social/@Gargron',
      'https://bsky.app/profile/jay.bsky.team/post/3kabc',
      'https://bsky.app/profile/jay.bsky.team',
      'https://www.youtube.com/watch?v=W_S7iKZZdHw',
      'https://www.reddit.com/r/space/comments/42babr/the_difficulties_in_space/',
      'https://news.ycombinator.com/item?id=1',
      'https://blog.example/feeding-birds',
    ])
      expect(matches(link), link).toBe(false)
  })
})

describe('feedUrlFor', () => {
  it('turns profile and channel pages into their feeds', () => {
    expect(feedUrlFor('https://mastodon.social/@Gargron')).toBe(
      'https://mastodon.social/@Gargron.rss',
    )
    expect(feedUrlFor('https://bsky.app/profile/jay.bsky.team')).toBe(
      'https://bsky.app/profile/jay.bsky.team/rss',
    )
    expect(feedUrlFor('https://www.youtube.com/channel/UC9PBzalIcEQCsiIkq36PyUA')).toBe(
      'https://www.youtube.com/feeds/videos.xml?channel_id=UC9PBzalIcEQCsiIkq36PyUA',
    )
  })

  it('leaves every other address as it is', () => {
    for (const link of [
      'https://mastodon.social/@Gargron/113507497373004556',
      'https://www.youtube.com/@DigitalFoundry',
      'https://blog.example/feed',
      'not a url',
    ])
      expect(feedUrlFor(link)).toBe(link)
  })
})

/**
 * Test support: Authors and Posts built straight from recorded payloads, reading only the fields
 * the insights use (the domain may not import the adapters). Production code must not import it.
 */
import { readFixtureJson } from '../../test/fixturePath'
import type { Author, Post } from '../post'

interface RawMastodonStatus {
  id: string
  created_at: string
  content: string
  replies_count: number
  reblogs_count: number
  favourites_count: number
  quotes_count?: number
  reblog?: unknown
  account: {
    id: string
    acct: string
    display_name: string
    followers_count: number
    following_count: number
    statuses_count: number
    created_at: string
  }
}

interface RawBlueskyPostView {
  uri: string
  author: { did: string; handle: string }
  record: { text?: string; createdAt: string }
  replyCount: number
  repostCount: number
  likeCount: number
  quoteCount: number
}

export const mastodonStatuses = (name: string): RawMastodonStatus[] =>
  readFixtureJson(`mastodon/${name}.json`) as RawMastodonStatus[]

export const mastodonAuthor = (status: RawMastodonStatus): Author => ({
  name: status.account.display_name,
  handle: `@${status.account.acct}`,
  id: status.account.id,
  stats: {
    followers: status.account.followers_count,
    following: status.account.following_count,
    posts: status.account.statuses_count,
    createdAt: status.account.created_at,
  },
})

export const mastodonPost = (status: RawMastodonStatus): Post => ({
  id: `mastodon:${status.id}`,
  source: 'mastodon',
  url: `https://example.social/${status.id}`,
  author: mastodonAuthor(status),
  createdAt: status.created_at,
  fetchedAt: '2025-07-17T20:04:00.000Z',
  text: status.content,
  html: status.content,
  media: [],
  availability: { state: 'available' },
  metrics: {
    replies: status.replies_count,
    reposts: status.reblogs_count,
    likes: status.favourites_count,
    ...(typeof status.quotes_count === 'number' ? { quotes: status.quotes_count } : {}),
  },
})

/** The Bluesky profile recorded with `getProfiles`, the only payload with audience counts. */
export const blueskyProfileAuthor = (): Author => {
  const { profiles } = readFixtureJson('bluesky/bskyr-getProfiles.json') as {
    profiles: {
      did: string
      handle: string
      displayName: string
      followersCount: number
      followsCount: number
      postsCount: number
      createdAt: string
    }[]
  }
  const profile = profiles[0]
  if (!profile) throw new Error('bskyr-getProfiles.json holds no profile')
  return {
    name: profile.displayName,
    handle: `@${profile.handle}`,
    id: profile.did,
    stats: {
      followers: profile.followersCount,
      following: profile.followsCount,
      posts: profile.postsCount,
      createdAt: profile.createdAt,
    },
  }
}

/** The same account's own posts (not reposts) from the recorded author feed. */
export const blueskyFeedPosts = (author: Author): Post[] => {
  const { feed } = readFixtureJson('bluesky/bskyr-getAuthorFeed.json') as {
    feed: { post: RawBlueskyPostView; reason?: unknown }[]
  }
  return feed
    .filter((item) => !item.reason && item.post.author.did === author.id)
    .map(({ post }) => ({
      id: `bluesky:${post.uri}`,
      source: 'bluesky',
      url: post.uri,
      author,
      createdAt: new Date(post.record.createdAt).toISOString(),
      fetchedAt: '2025-05-19T17:41:25.000Z',
      text: post.record.text ?? '',
      html: '',
      media: [],
      availability: { state: 'available' },
      metrics: {
        replies: post.replyCount,
        reposts: post.repostCount,
        likes: post.likeCount,
        quotes: post.quoteCount,
      },
    }))
}

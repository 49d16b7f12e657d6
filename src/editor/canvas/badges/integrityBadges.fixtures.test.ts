/**
 * The integrity detectors on recorded payloads, mapped by the real adapters and importers: the
 * consent signals they carry are found, and none of their ordinary posts is called sponsored.
 */
import { describe, expect, it } from 'vitest'
import { mapFeedItems, mapPostViews } from '../../../adapters/bluesky/mapPostView'
import type { RawFeedAnswer, RawPostsAnswer } from '../../../adapters/bluesky/rawTypes'
import { mapStatus } from '../../../adapters/mastodon/mapStatus'
import type { RawStatus } from '../../../adapters/mastodon/rawTypes'
import { quotingRestrictions } from '../../../domain/integrity/consent'
import { detectSponsored } from '../../../domain/integrity/disclosure'
import type { Post } from '../../../domain/post'
import { mapTweet } from '../../../importers/twitter/mapTweet'
import { readFileSync } from 'node:fs'
import { fixturePath, readFixtureJson } from '../../../test/fixturePath'

const FETCHED_AT = '2026-11-25T12:00:00.000Z'
const mastodon = (name: string) => readFixtureJson(`mastodon/${name}.json`)
const asStatus = (raw: unknown, server = 'https://mastodon.social') =>
  mapStatus(raw as RawStatus, { server, fetchedAt: FETCHED_AT })

/** Every post and quoted post of a list, flattened. */
const withQuotes = (posts: Post[]): Post[] =>
  posts.flatMap((post) => (post.quote?.state === 'available' ? [post, post.quote.post] : [post]))

const mastodonPosts = (): Post[] => {
  const single = [
    'docs-entity-status-example',
    'mastodonpy-status-card',
    'mastodonpy-status-content-warning',
    'mastodonpy-status-edited',
    'mastodonpy-status-poll',
    'mastodonpy-status-quote-post',
    'mastodonpy-status-quote-revoked',
    'mastodonpy-status-reblog',
    'rtoot-status-single',
  ].map((name) => asStatus(mastodon(name), 'http://localhost:3000'))
  const lists = [
    'rtoot-account-statuses-with-reblog',
    'rtoot-timeline-public-mastodon-social',
    'rtoot-timeline-tag-rstats',
  ].flatMap((name) => (mastodon(name) as unknown[]).map((raw) => asStatus(raw)))
  const context = mastodon('rtoot-status-context') as {
    ancestors: unknown[]
    descendants: unknown[]
  }
  const thread = [...context.ancestors, ...context.descendants].map((raw) => asStatus(raw))
  return withQuotes([...single, ...lists, ...thread])
}

const blueskyPosts = (): Post[] => {
  const feeds = ['bskyr-getAuthorFeed', 'bskyr-getListFeed'].flatMap((name) =>
    mapFeedItems((readFixtureJson(`bluesky/${name}.json`) as RawFeedAnswer).feed, FETCHED_AT),
  )
  const lists = ['bskyr-getPosts', 'bskyr-getQuotes', 'bskyr-searchPosts-authenticated'].flatMap(
    (name) =>
      mapPostViews((readFixtureJson(`bluesky/${name}.json`) as RawPostsAnswer).posts, FETCHED_AT),
  )
  return withQuotes([...feeds, ...lists])
}

/** tweets.js is a script assigning one array: its JSON starts at the first `[`. */
const tweetsOf = (relative: string): unknown[] => {
  const script = readFileSync(fixturePath(relative), 'utf8')
  return JSON.parse(script.slice(script.indexOf('['))) as unknown[]
}

const twitterPosts = (): Post[] =>
  [
    'twitter-archive/andreruffert-tweets.js.excerpt.js',
    'twitter-archive/dsajgiouawj-tweet.js.excerpt.js',
  ].flatMap((relative) =>
    tweetsOf(relative).flatMap(
      (raw) =>
        mapTweet(raw, {
          fetchedAt: FETCHED_AT,
          owner: { name: 'Owner', handle: '@owner' },
          mediaDir: undefined,
          has: () => false,
          keepMedia: (path) => path,
        }) ?? [],
    ),
  )

describe('consent signals on recorded Mastodon statuses', () => {
  const posts = mastodonPosts()

  it('maps enough statuses to mean something', () => {
    expect(posts.length).toBeGreaterThan(50)
  })

  it('finds the followers-only quote policies (quote_approval automatic: followers)', () => {
    const card = asStatus(mastodon('mastodonpy-status-card'), 'http://localhost:3000')
    expect(quotingRestrictions(card)).toEqual(['quote-followers'])
    const cw = asStatus(mastodon('mastodonpy-status-content-warning'), 'http://localhost:3000')
    expect(quotingRestrictions(cw)).toEqual(['quote-followers'])
  })

  it('treats an empty quote policy as "nobody" (only the author)', () => {
    expect(quotingRestrictions(asStatus(mastodon('docs-entity-status-example')))).toEqual([
      'quote-nobody',
    ])
  })

  it('finds no restriction where quoting is public', () => {
    const poll = asStatus(mastodon('mastodonpy-status-poll'), 'http://localhost:3000')
    expect(quotingRestrictions(poll)).toEqual([])
    const quotePost = asStatus(mastodon('mastodonpy-status-quote-post'), 'http://localhost:3000')
    expect(quotingRestrictions(quotePost)).toEqual([])
  })
})

describe('consent signals on recorded Bluesky posts', () => {
  it('finds the four authors who hide from logged-out viewers in searchPosts', () => {
    const search = readFixtureJson('bluesky/bskyr-searchPosts-authenticated.json') as RawPostsAnswer
    const posts = mapPostViews(search.posts, FETCHED_AT)
    const hidden = posts.filter((post) =>
      quotingRestrictions(post).includes('hidden-from-logged-out'),
    )
    expect(hidden.map((post) => post.author.id)).toEqual(
      [5, 12, 21, 22].map((index) => search.posts![index]!.author!.did),
    )
    for (const post of hidden) expect(quotingRestrictions(post)).toEqual(['hidden-from-logged-out'])
  })
})

describe('no sponsored false positive on recorded posts', () => {
  it.each([
    ['Mastodon', mastodonPosts],
    ['Bluesky', blueskyPosts],
    ['X/Twitter archive', twitterPosts],
  ])('%s', (_network, load) => {
    const posts = load()
    expect(posts.length).toBeGreaterThan(20)
    const flagged = posts.filter((post) => detectSponsored(post).sponsored)
    expect(flagged.map((post) => [post.id, detectSponsored(post).evidence])).toEqual([])
  })

  it('NPR’s "For sponsor-free episodes" (a JSON Feed) is not a disclosure', () => {
    const feed = readFixtureJson('rss/capyreader-jsonfeed-npr-world.json') as {
      items: { title?: string; summary?: string }[]
    }
    const texts = feed.items.map((item) => `${item.title ?? ''}\n${item.summary ?? ''}`)
    expect(texts.some((text) => /sponsor-free/i.test(text))).toBe(true)
    for (const text of texts) expect(detectSponsored({ text }).sponsored).toBe(false)
  })

  it('a recorded status still flags once it carries a disclosure', () => {
    const status = mastodon('rtoot-status-single') as RawStatus
    const post = asStatus({ ...status, content: '<p>Nouvelle gamme, merci ! #Sponsorisé</p>' })
    expect(detectSponsored(post).evidence).toEqual([{ kind: 'hashtag', text: '#Sponsorisé' }])
  })
})

import { describe, expect, it } from 'vitest'
import type { Author, Post } from '../post'
import { authorCredibility, engagementBand, interactionsOf } from './credibility'
import {
  blueskyFeedPosts,
  blueskyProfileAuthor,
  mastodonPost,
  mastodonStatuses,
} from './insightsFixtures'

const NOW = new Date('2025-07-17T20:04:00.000Z')

const author = (stats?: Author['stats']): Author => ({
  name: 'Léa',
  handle: '@lea@example.social',
  ...(stats ? { stats } : {}),
})

const post = (id: string, metrics: Post['metrics'], createdAt = '2025-07-01T10:00:00.000Z') =>
  ({
    id,
    source: 'mastodon',
    url: `https://example.social/${id}`,
    author: author(),
    createdAt,
    fetchedAt: '2025-07-17T00:00:00.000Z',
    text: '',
    html: '',
    media: [],
    availability: { state: 'available' },
    ...(metrics ? { metrics } : {}),
  }) satisfies Post

const OLD = '2020-01-01T00:00:00.000Z'

describe('authorCredibility on recorded payloads', () => {
  it('Mastodon: averages the interactions of the account’s own posts over its followers', () => {
    const statuses = mastodonStatuses('rtoot-account-statuses-with-reblog')
    // The account boosted one status: that one belongs to another author and is left out here.
    const own = statuses.filter((status) => !status.reblog).map(mastodonPost)
    expect(own).toHaveLength(19)
    const result = authorCredibility(own[0]!.author, own, NOW)
    expect(result.kind).toBe('counts')
    if (result.kind !== 'counts' || !result.engagement.known) throw new Error('expected a rate')
    expect(result.followers).toBe(1036)
    expect(result.following).toBe(138)
    expect(result.posts).toBe(280)
    const { formula } = result.engagement
    expect(formula.posts).toBe(19)
    expect(formula.interactions).toBe(95)
    expect(formula.perPost[0]).toBe(1)
    expect(formula.rate).toBeCloseTo((95 / 19 / 1036) * 100, 10)
    expect(formula.rate).toBeCloseTo(0.4826, 4)
    expect(result.band).toBe('below')
    expect(result.accountAgeDays).toBe(983)
    expect(result.flags).toEqual([])
  })

  it('Mastodon: follow-back accounts of the public timeline raise mass-following', () => {
    const statuses = mastodonStatuses('rtoot-timeline-public-mastodon-social')
    const byAcct = (acct: string) => {
      const status = statuses.find((candidate) => candidate.account.acct === acct)
      if (!status) throw new Error(`no status by ${acct} in the fixture`)
      return mastodonPost(status)
    }
    // 1,071 followers, 1,088 following: a ratio of 1.02.
    const timberwraith = byAcct('timberwraith')
    expect(authorCredibility(timberwraith.author, [timberwraith], NOW).flags).toContain(
      'mass-following',
    )
    // 4,314 followers, 4,476 following.
    const sharon = byAcct('sharong003@threads.net')
    expect(authorCredibility(sharon.author, [sharon], NOW).flags).toContain('mass-following')
    // 265 followers, 406 following: too few, and not close.
    const michael = byAcct('Michael@weatherby2378.social')
    expect(authorCredibility(michael.author, [michael], NOW).flags).not.toContain('mass-following')
  })

  it('Mastodon: a 34,650-follower account whose post got nothing raises inflated-audience', () => {
    const statuses = mastodonStatuses('rtoot-timeline-public-mastodon-social')
    const status = statuses.find((s) => s.account.acct === 'mensjournal@flipboard.com')!
    const mensJournal = mastodonPost(status)
    const result = authorCredibility(mensJournal.author, [mensJournal], NOW)
    if (result.kind !== 'counts' || !result.engagement.known) throw new Error('expected a rate')
    expect(result.followers).toBe(34650)
    expect(result.engagement.formula.rate).toBe(0)
    expect(result.band).toBe('below')
    expect(result.flags).toEqual(['inflated-audience'])
  })

  it('Mastodon: an account created a month before the recording is young', () => {
    const statuses = mastodonStatuses('rtoot-timeline-public-mastodon-social')
    const status = statuses.find((s) => s.account.acct === 'cybertrapped')!
    expect(status.account.created_at).toBe('2025-06-18T00:00:00.000Z')
    const result = authorCredibility(mastodonPost(status).author, [], NOW)
    expect(result.accountAgeDays).toBe(29)
    expect(result.flags).toEqual(['young-account'])
  })

  it('Bluesky: full-profile counts with the 20 most recent of the author’s feed posts', () => {
    const profile = blueskyProfileAuthor()
    const posts = blueskyFeedPosts(profile)
    expect(posts).toHaveLength(43)
    const result = authorCredibility(profile, posts, new Date('2025-05-19T17:41:25.000Z'))
    if (result.kind !== 'counts' || !result.engagement.known) throw new Error('expected a rate')
    expect(result).toMatchObject({ followers: 554, following: 296, posts: 65 })
    const { formula } = result.engagement
    expect(formula.posts).toBe(20)
    expect(formula.perPost).toEqual([
      1, 5, 2, 2, 10, 1, 1, 10, 1, 8, 0, 7, 1, 1, 1, 10, 14, 2, 2, 6,
    ])
    expect(formula.interactions).toBe(85)
    expect(formula.rate).toBeCloseTo((85 / 20 / 554) * 100, 10)
    expect(result.band).toBe('below')
    expect(result.flags).toEqual([])
  })
})

describe('authorCredibility edge cases', () => {
  it('says noCounts, without a rate, when the source gave no counts', () => {
    const result = authorCredibility(author(), [post('a', { likes: 40 })], NOW)
    expect(result).toEqual({ kind: 'noCounts', author: author(), flags: [] })
    // A creation date alone still dates the account.
    const dated = authorCredibility(author({ createdAt: '2025-07-10T00:00:00.000Z' }), [], NOW)
    expect(dated).toMatchObject({ kind: 'noCounts', accountAgeDays: 7, flags: ['young-account'] })
  })

  it('leaves the rate unknown when no post has metrics, or there are no followers', () => {
    const noMetrics = authorCredibility(
      author({ followers: 100 }),
      [post('a', undefined), post('b', {})],
      NOW,
    )
    expect(noMetrics).toMatchObject({
      kind: 'counts',
      engagement: { known: false, reason: 'no-posts-with-metrics' },
    })
    expect(noMetrics).not.toHaveProperty('band')
    const noFollowers = authorCredibility(author({ followers: 0 }), [post('a', { likes: 3 })], NOW)
    expect(noFollowers).toMatchObject({ engagement: { known: false, reason: 'no-followers' } })
  })

  it('computes the example of the brief: (12 + 30 + 85) ÷ 3 posts ÷ 4,210 followers', () => {
    const posts = [
      post('a', { replies: 2, reposts: 4, likes: 6 }, '2025-07-03T00:00:00.000Z'),
      post('b', { replies: 5, reposts: 5, likes: 20 }, '2025-07-02T00:00:00.000Z'),
      post('c', { replies: 10, reposts: 15, likes: 55, quotes: 5 }, '2025-07-01T00:00:00.000Z'),
    ]
    const result = authorCredibility(author({ followers: 4210, createdAt: OLD }), posts, NOW)
    if (result.kind !== 'counts' || !result.engagement.known) throw new Error('expected a rate')
    expect(result.engagement.formula).toMatchObject({
      perPost: [12, 30, 85],
      interactions: 127,
      posts: 3,
      followers: 4210,
    })
    expect(result.engagement.formula.rate).toBeCloseTo(1.0055, 4)
    expect(result.band).toBe('within')
  })

  it('flags mass-following only between ratios 0.9 and 1.1 with 500 of each', () => {
    const flagsOf = (followers: number, following: number) =>
      authorCredibility(author({ followers, following, createdAt: OLD }), [], NOW).flags
    expect(flagsOf(1000, 900)).toEqual(['mass-following'])
    expect(flagsOf(1000, 1100)).toEqual(['mass-following'])
    expect(flagsOf(1000, 899)).toEqual([])
    expect(flagsOf(1000, 1101)).toEqual([])
    expect(flagsOf(499, 499)).toEqual([])
    expect(flagsOf(500, 500)).toEqual(['mass-following'])
  })

  it('flags inflated audience below 0.1 % from 10,000 followers only', () => {
    const rateFlags = (followers: number, likes: number) =>
      authorCredibility(author({ followers, createdAt: OLD }), [post('a', { likes })], NOW).flags
    expect(rateFlags(10_000, 9)).toEqual(['inflated-audience'])
    expect(rateFlags(10_000, 10)).toEqual([]) // exactly 0.1 %
    expect(rateFlags(9_999, 0)).toEqual([])
  })

  it('flags bought interactions above 20 % from 1,000 followers only', () => {
    const rateFlags = (followers: number, likes: number) =>
      authorCredibility(author({ followers, createdAt: OLD }), [post('a', { likes })], NOW).flags
    expect(rateFlags(1000, 201)).toEqual(['bought-interactions'])
    expect(rateFlags(1000, 200)).toEqual([]) // exactly 20 %
    expect(rateFlags(999, 900)).toEqual([])
  })

  it('counts at most the 20 most recent posts with metrics', () => {
    const posts = Array.from({ length: 25 }, (_, index) =>
      post(
        `p${index}`,
        { likes: index },
        `2025-06-${String(index + 1).padStart(2, '0')}T00:00:00.000Z`,
      ),
    )
    const result = authorCredibility(author({ followers: 100, createdAt: OLD }), posts, NOW)
    if (result.kind !== 'counts' || !result.engagement.known) throw new Error('expected a rate')
    expect(result.engagement.formula.posts).toBe(20)
    expect(result.engagement.formula.perPost[0]).toBe(24)
    expect(result.engagement.formula.perPost.at(-1)).toBe(5)
  })

  it('ignores a creation date in the future or unreadable instead of calling the account young', () => {
    const future = authorCredibility(
      author({ followers: 5, createdAt: '2030-01-01T00:00:00Z' }),
      [],
      NOW,
    )
    expect(future.flags).toEqual([])
    expect(future).not.toHaveProperty('accountAgeDays')
    const garbage = authorCredibility(author({ followers: 5, createdAt: 'soon' }), [], NOW)
    expect(garbage.flags).toEqual([])
  })

  it('bands: below 1 %, 1–5 % inclusive, above 5 %', () => {
    expect(engagementBand(0.99)).toBe('below')
    expect(engagementBand(1)).toBe('within')
    expect(engagementBand(5)).toBe('within')
    expect(engagementBand(5.01)).toBe('above')
  })

  it('adds replies, reposts, likes and quotes, a missing or bad count as 0', () => {
    expect(interactionsOf({ replies: 1, reposts: 2, likes: 3, quotes: 4 })).toBe(10)
    expect(interactionsOf({ likes: 3, replies: -1, quotes: Number.NaN })).toBe(3)
  })
})

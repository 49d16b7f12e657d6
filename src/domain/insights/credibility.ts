import type { Author, Post, PostMetrics } from '../post'
import { CREDIBILITY_THRESHOLDS as LIMITS } from './credibilityThresholds'

/** A hint about an account, never a verdict; the panel words each one as "this may suggest…". */
export type CredibilityFlag =
  'mass-following' | 'inflated-audience' | 'bought-interactions' | 'young-account'

/** Where the engagement rate falls against the band usually seen for organic audiences. */
export type EngagementBand = 'below' | 'within' | 'above'

/**
 * The engagement rate with every part of its formula, so the UI can print it:
 * `(12 + 30 + 85) ÷ 3 posts ÷ 4,210 followers × 100 = 1.0 %`.
 * rate = (sum of interactions on the posts ÷ number of posts) ÷ followers × 100, where a post's
 * interactions are its replies + reposts + likes + quotes (a missing count counts as 0).
 */
export interface EngagementFormula {
  /** Interactions of each post used, newest first. */
  perPost: number[]
  /** Sum of `perPost`. */
  interactions: number
  posts: number
  followers: number
  /** Percent, unrounded. */
  rate: number
}

/** Why no rate could be computed. */
export type EngagementUnknown = 'no-posts-with-metrics' | 'no-followers'

interface CredibilityBase {
  author: Author
  /** Whole days since the account was created, when the source said. */
  accountAgeDays?: number
  flags: CredibilityFlag[]
}

export type AuthorCredibility =
  | (CredibilityBase & {
      /** The source gave no audience counts: nothing is guessed. */
      kind: 'noCounts'
    })
  | (CredibilityBase & {
      kind: 'counts'
      followers: number
      following?: number
      /** Posts the account has published, as the source counts them. */
      posts?: number
      engagement:
        { known: true; formula: EngagementFormula } | { known: false; reason: EngagementUnknown }
      band?: EngagementBand
    })

const DAY_MS = 24 * 60 * 60 * 1000

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0

const hasMetrics = (metrics: PostMetrics | undefined): metrics is PostMetrics =>
  !!metrics &&
  [metrics.replies, metrics.reposts, metrics.likes, metrics.quotes].some((value) => isCount(value))

const count = (value: number | undefined): number => (isCount(value) ? value : 0)

export const interactionsOf = (metrics: PostMetrics): number =>
  count(metrics.replies) + count(metrics.reposts) + count(metrics.likes) + count(metrics.quotes)

export const engagementBand = (rate: number): EngagementBand =>
  rate < LIMITS.organicBand.low ? 'below' : rate > LIMITS.organicBand.high ? 'above' : 'within'

const accountAgeDays = (createdAt: string | undefined, now: Date): number | undefined => {
  if (!createdAt) return undefined
  const created = Date.parse(createdAt)
  if (Number.isNaN(created)) return undefined
  // A creation date in the future is bad data, not a very young account.
  const days = Math.floor((now.getTime() - created) / DAY_MS)
  return days >= 0 ? days : undefined
}

const engagementOf = (posts: readonly Post[], followers: number) => {
  const recent = posts
    .filter((post) => hasMetrics(post.metrics))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .slice(0, LIMITS.maxPosts)
  if (recent.length === 0)
    return { known: false as const, reason: 'no-posts-with-metrics' as const }
  if (followers === 0) return { known: false as const, reason: 'no-followers' as const }
  const perPost = recent.map((post) => interactionsOf(post.metrics!))
  const interactions = perPost.reduce((sum, value) => sum + value, 0)
  const rate = (interactions / recent.length / followers) * 100
  return {
    known: true as const,
    formula: { perPost, interactions, posts: recent.length, followers, rate },
  }
}

const isMassFollowing = (followers: number, following: number | undefined): boolean => {
  const { minRatio, maxRatio, minEach } = LIMITS.massFollowing
  if (following === undefined || followers < minEach || following < minEach) return false
  const ratio = following / followers
  return ratio >= minRatio && ratio <= maxRatio
}

/**
 * Credibility hints for one author from the counts their source gave at import and their posts
 * in the story (`postsByAuthor`: only this author's posts; reposts count with their metrics, which
 * belong to the original post). Pure: `now` dates the account's age.
 */
export const authorCredibility = (
  author: Author,
  postsByAuthor: readonly Post[],
  now: Date,
): AuthorCredibility => {
  const stats = author.stats
  const age = accountAgeDays(stats?.createdAt, now)
  const young = age !== undefined && age < LIMITS.youngAccountDays
  const base = { author, ...(age === undefined ? {} : { accountAgeDays: age }) }
  if (!stats || !isCount(stats.followers)) {
    return { kind: 'noCounts', ...base, flags: young ? ['young-account'] : [] }
  }

  const followers = stats.followers
  const following = isCount(stats.following) ? stats.following : undefined
  const posts = isCount(stats.posts) ? stats.posts : undefined
  const engagement = engagementOf(postsByAuthor, followers)
  const rate = engagement.known ? engagement.formula.rate : undefined
  const { inflatedAudience, boughtInteractions } = LIMITS
  const checks: [CredibilityFlag, boolean][] = [
    ['mass-following', isMassFollowing(followers, following)],
    [
      'inflated-audience',
      rate !== undefined &&
        rate < inflatedAudience.maxRate &&
        followers >= inflatedAudience.minFollowers,
    ],
    [
      'bought-interactions',
      rate !== undefined &&
        rate > boughtInteractions.minRate &&
        followers >= boughtInteractions.minFollowers,
    ],
    ['young-account', young],
  ]
  const flags = checks.filter(([, raised]) => raised).map(([flag]) => flag)
  return {
    kind: 'counts',
    ...base,
    flags,
    followers,
    ...(following === undefined ? {} : { following }),
    ...(posts === undefined ? {} : { posts }),
    engagement,
    ...(engagement.known ? { band: engagementBand(engagement.formula.rate) } : {}),
  }
}

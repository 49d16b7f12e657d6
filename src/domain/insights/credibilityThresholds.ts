/**
 * Every threshold of the credibility hints, in one place. They are rules of thumb, not science:
 * they only decide when the Insights panel shows a hint, worded as "this may suggest…", and the
 * numbers behind each hint are always printed beside it.
 */
export const CREDIBILITY_THRESHOLDS = {
  /**
   * Engagement rates usually seen for organic audiences, in percent of followers per post. Social
   * media marketing benchmarks put most accounts between 1 % and 5 %; large audiences sit lower.
   */
  organicBand: { low: 1, high: 5 },
  /**
   * Follow-for-follow: following about as many accounts as follow you. Below 500 each, a close
   * ratio is ordinary (friends follow each other back), so the hint needs both counts that high.
   */
  massFollowing: { minRatio: 0.9, maxRatio: 1.1, minEach: 500 },
  /**
   * Fewer than 1 interaction per 1,000 followers per post on an audience of 10,000 or more: the
   * followers seem not to read. Smaller audiences vary too much to say anything.
   */
  inflatedAudience: { maxRate: 0.1, minFollowers: 10_000 },
  /**
   * More than 1 interaction per 5 followers per post, on 1,000 followers or more. A small account
   * whose one post was widely shared can reach this honestly, which is why it stays a hint.
   */
  boughtInteractions: { minRate: 20, minFollowers: 1_000 },
  /** Accounts younger than this (in days) are pointed out: new accounts are cheap to make. */
  youngAccountDays: 90,
  /** "Recent posts": at most this many of the author's latest posts in the story are counted. */
  maxPosts: 20,
} as const

import type { Post, PostId } from '../post'
import type { Story } from '../story'
import { storyPosts } from '../insights/storyPosts'

/**
 * Consent signals (issue 7, item 3): what an author said about their post being quoted or shown
 * elsewhere, read from the snapshot. Adapters turn Mastodon `quote_approval` (unknown = denied),
 * Bluesky postgates and the `!no-unauthenticated` self-label into `reusePolicy`; the label is
 * also honoured when it arrives in `labels` (an archive or an older snapshot may carry it there).
 */
export type QuotingRestriction =
  /** Mastodon or Bluesky: nobody but the author may quote it. */
  | 'quote-nobody'
  /** Mastodon: only the author's followers may quote it. */
  | 'quote-followers'
  /** Mastodon: only accounts the author follows may quote it. */
  | 'quote-following'
  /** Bluesky postgate: quoting and embedding turned off. */
  | 'embedding-disabled'
  /** The author asked not to be shown to logged-out viewers — every reader of an export. */
  | 'hidden-from-logged-out'

/** Bluesky's self-label for "do not show me to logged-out viewers". */
export const NO_UNAUTHENTICATED_LABEL = '!no-unauthenticated'

const QUOTE_RESTRICTIONS = {
  nobody: 'quote-nobody',
  followers: 'quote-followers',
  following: 'quote-following',
} as const satisfies Record<string, QuotingRestriction>

/** The author's restrictions on quoting this post, in a stable order; empty when none. */
export const quotingRestrictions = (
  post: Pick<Post, 'reusePolicy' | 'labels'>,
): QuotingRestriction[] => {
  const policy = post.reusePolicy
  const reasons: QuotingRestriction[] = []
  const quote = policy?.quote
  if (quote && Object.hasOwn(QUOTE_RESTRICTIONS, quote))
    reasons.push(QUOTE_RESTRICTIONS[quote as keyof typeof QUOTE_RESTRICTIONS])
  if (policy?.embeddingDisabled === true) reasons.push('embedding-disabled')
  if (
    policy?.hideFromLoggedOut === true ||
    (post.labels ?? []).some((label) => label === NO_UNAUTHENTICATED_LABEL)
  )
    reasons.push('hidden-from-logged-out')
  return reasons
}

export interface RestrictedPost {
  post: Post
  restrictions: QuotingRestriction[]
}

/** The story's posts whose authors restrict quoting, once each, in story order. */
export const restrictedPostsOf = (
  story: Pick<Story, 'blocks'>,
  posts: Readonly<Record<PostId, Post>>,
): RestrictedPost[] => {
  const found: RestrictedPost[] = []
  for (const { post } of storyPosts(story.blocks, posts)) {
    const restrictions = quotingRestrictions(post)
    if (restrictions.length > 0) found.push({ post, restrictions })
  }
  return found
}

/**
 * The story without the posts whose authors restrict quoting, for an export that leaves them
 * out. Only the story's own posts are judged: a post that quotes a restricted one stays (its
 * quote is the quoting author's choice, shown by their network).
 */
export const withoutRestrictedPosts = <S extends Pick<Story, 'blocks'>>(
  story: S,
  posts: Readonly<Record<PostId, Post>>,
): S => {
  const restricted = new Set(restrictedPostsOf(story, posts).map(({ post }) => post.id))
  if (restricted.size === 0) return story
  return {
    ...story,
    blocks: story.blocks.filter((block) => block.type !== 'post' || !restricted.has(block.postId)),
  }
}

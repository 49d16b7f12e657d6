import type { TFunction } from 'i18next'
import type { Charter } from '../../../domain/insights/charter'
import type { Post } from '../../../domain/post'

/** A short text note about a post in the story: badges are words, never colour alone. */
export interface PostBadge {
  /** Stable within one post, e.g. `sponsored`. */
  id: string
  /** The visible word or two, e.g. "Sponsored". */
  label: string
  /** A sentence that says why, read by screen readers and shown on hover. */
  description: string
  /** `warning` asks the curator to look; `info` only informs. */
  tone: 'info' | 'warning'
}

/**
 * What badge rules may read besides the post. `PostBadges` fills it with hooks; a family that
 * needs a setting (e.g. the moderation charter) adds a field here and one hook call there.
 */
export interface BadgeEnvironment {
  /** Keys of another namespace are written `integrity:…`. */
  t: TFunction<typeof BADGE_NAMESPACES>
  /** The curator's moderation charter; optional so other rules' tests need not build one. */
  charter?: Charter
}

/** The message namespaces badge rules read; the first is the default. */
export const BADGE_NAMESPACES = ['story', 'integrity', 'insights', 'sourceCheck'] as const

/** One family of badges (disclosure, consent, moderation, source status…): a pure function. */
export type PostBadgeRule = (post: Post, environment: BadgeEnvironment) => PostBadge[]

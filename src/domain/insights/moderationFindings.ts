import type { Post } from '../post'
import { hasDescription } from './altAudit'
import type { Charter } from './charter'
import { findProfanity, listsFor } from './profanity'
import { detectShouting, type ShoutingResult } from './shouting'

/** What the charter's enabled rules point out in one post; empty fields mean nothing to say. */
export interface ModerationFindings {
  /** Set when the post reads as shouting. */
  shouting?: ShoutingResult
  /** Charter words found in the post, as written in the list. */
  strongLanguage: string[]
  /** How many of the post's media have no description at all. */
  missingAlt: number
}

/**
 * The text judged is what readers see: the content warning and the body. Poll options and link
 * cards are the author's too but too short or not theirs to judge.
 */
const readableText = (post: Post): string =>
  [post.contentWarning, post.text].filter(Boolean).join('\n')

export const moderationFindings = (post: Post, charter: Charter): ModerationFindings => {
  const text = readableText(post)
  const shouting = charter.shouting.enabled
    ? detectShouting(text, charter.shouting.threshold)
    : undefined
  return {
    ...(shouting?.shouting ? { shouting } : {}),
    strongLanguage: charter.profanity.enabled
      ? findProfanity(text, listsFor(charter.profanity.words, post.language))
      : [],
    missingAlt: charter.altText.enabled
      ? post.media.filter((media) => !hasDescription(media)).length
      : 0,
  }
}

export const hasFindings = (findings: ModerationFindings): boolean =>
  !!findings.shouting || findings.strongLanguage.length > 0 || findings.missingAlt > 0

import { PROFANITY_STARTER_LISTS } from './profanityStarterLists'

/** The languages that ship a starter word list; a post in another language is checked against all. */
export const CHARTER_LANGUAGES = ['en', 'fr'] as const

export type CharterLanguage = (typeof CHARTER_LANGUAGES)[number]

/**
 * The curator's moderation charter: what the editor points out in a story's posts. Every rule
 * only produces hints; nothing is ever hidden or removed because of it.
 */
export interface Charter {
  shouting: {
    enabled: boolean
    /** Share of capital letters (0–1) from which a text reads as shouting. */
    threshold: number
  }
  profanity: {
    enabled: boolean
    /** Words (or short phrases) per language, lower case, one entry each. */
    words: Record<CharterLanguage, string[]>
  }
  altText: {
    enabled: boolean
  }
}

/** 70 % capitals: a sentence with a few acronyms or names stays far below; a shouted one is near 100 %. */
export const DEFAULT_SHOUTING_THRESHOLD = 0.7

/** Thresholds outside this range would flag every post or none. */
export const SHOUTING_THRESHOLD_RANGE = { min: 0.5, max: 1 } as const

export const defaultCharter = (): Charter => ({
  shouting: { enabled: true, threshold: DEFAULT_SHOUTING_THRESHOLD },
  profanity: {
    enabled: true,
    words: { en: [...PROFANITY_STARTER_LISTS.en], fr: [...PROFANITY_STARTER_LISTS.fr] },
  },
  altText: { enabled: true },
})

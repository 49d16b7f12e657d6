import * as v from 'valibot'
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import {
  defaultCharter,
  SHOUTING_THRESHOLD_RANGE,
  type Charter,
  type CharterLanguage,
} from '../domain/insights/charter'

/** Where the curator's moderation charter is kept: this browser's localStorage. */
export const CHARTER_KEY = 'storyloom.charter'

const wordsSchema = v.array(v.pipe(v.string(), v.maxLength(200)))

const charterSchema = v.object({
  shouting: v.object({
    enabled: v.boolean(),
    threshold: v.pipe(
      v.number(),
      v.minValue(SHOUTING_THRESHOLD_RANGE.min),
      v.maxValue(SHOUTING_THRESHOLD_RANGE.max),
    ),
  }),
  profanity: v.object({
    enabled: v.boolean(),
    words: v.object({ en: wordsSchema, fr: wordsSchema }),
  }),
  altText: v.object({ enabled: v.boolean() }),
})

/** Reads a stored charter; anything that does not validate gives the defaults, never a crash. */
export const readCharter = (value: unknown): Charter => {
  const parsed = v.safeParse(charterSchema, value)
  return parsed.success ? parsed.output : defaultCharter()
}

/**
 * The charter is a curator's preference, like the source settings: per device, outside any story
 * and its undo history, and never part of an export.
 */
export const useCharter = create<Charter>()(
  persist(defaultCharter, {
    name: CHARTER_KEY,
    version: 1,
    storage: createJSONStorage(() => localStorage),
    merge: (persisted, current) => ({ ...current, ...readCharter(persisted) }),
  }),
)

export const charterStore = useCharter

const clampThreshold = (value: number): number =>
  Number.isFinite(value)
    ? Math.min(SHOUTING_THRESHOLD_RANGE.max, Math.max(SHOUTING_THRESHOLD_RANGE.min, value))
    : defaultCharter().shouting.threshold

export const setShoutingThreshold = (threshold: number) =>
  charterStore.setState((charter) => ({
    shouting: { ...charter.shouting, threshold: clampThreshold(threshold) },
  }))

export const setCharterWords = (language: CharterLanguage, words: readonly string[]) =>
  charterStore.setState((charter) => ({
    profanity: {
      ...charter.profanity,
      words: { ...charter.profanity.words, [language]: [...words] },
    },
  }))

export type CharterRule = 'shouting' | 'profanity' | 'altText'

export const setCharterRuleEnabled = (rule: CharterRule, enabled: boolean) =>
  charterStore.setState((charter) => ({ [rule]: { ...charter[rule], enabled } }))

/** Saves the whole charter at once (the panel's Save button). */
export const saveCharter = (next: Charter) =>
  charterStore.setState({
    ...next,
    shouting: { ...next.shouting, threshold: clampThreshold(next.shouting.threshold) },
  })

export const resetCharter = () => charterStore.setState(defaultCharter())

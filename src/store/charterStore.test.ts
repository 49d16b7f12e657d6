import { beforeEach, describe, expect, it } from 'vitest'
import { defaultCharter } from '../domain/insights/charter'
import {
  CHARTER_KEY,
  charterStore,
  readCharter,
  resetCharter,
  saveCharter,
  setCharterRuleEnabled,
  setCharterWords,
  setShoutingThreshold,
} from './charterStore'

const stored = () =>
  JSON.parse(localStorage.getItem(CHARTER_KEY) ?? 'null') as {
    state: unknown
  } | null

describe('charterStore', () => {
  beforeEach(() => {
    localStorage.clear()
    resetCharter()
  })

  it('starts from the defaults, starter lists included', () => {
    expect(charterStore.getState().shouting).toEqual({ enabled: true, threshold: 0.7 })
    expect(charterStore.getState().profanity.words.fr).toContain('merde')
  })

  it('persists each change under storyloom.charter', () => {
    setCharterWords('fr', ['zut'])
    setShoutingThreshold(0.8)
    setCharterRuleEnabled('altText', false)
    expect(stored()?.state).toMatchObject({
      shouting: { enabled: true, threshold: 0.8 },
      profanity: { words: { fr: ['zut'] } },
      altText: { enabled: false },
    })
  })

  it('keeps the threshold within 0.5–1 and refuses non-numbers', () => {
    setShoutingThreshold(3)
    expect(charterStore.getState().shouting.threshold).toBe(1)
    setShoutingThreshold(0.1)
    expect(charterStore.getState().shouting.threshold).toBe(0.5)
    setShoutingThreshold(Number.NaN)
    expect(charterStore.getState().shouting.threshold).toBe(0.7)
  })

  it('saves a whole charter at once', () => {
    const next = defaultCharter()
    next.profanity.words.en = ['heck']
    next.shouting.enabled = false
    saveCharter(next)
    expect(charterStore.getState().profanity.words.en).toEqual(['heck'])
    expect(charterStore.getState().shouting.enabled).toBe(false)
  })

  it('rehydrates a stored charter, and falls back to the defaults when it is corrupt', async () => {
    const custom = defaultCharter()
    custom.profanity.words.en = ['heck']
    localStorage.setItem(CHARTER_KEY, JSON.stringify({ state: custom, version: 1 }))
    await charterStore.persist.rehydrate()
    expect(charterStore.getState().profanity.words.en).toEqual(['heck'])

    localStorage.setItem(
      CHARTER_KEY,
      JSON.stringify({
        state: { ...custom, shouting: { enabled: 'yes', threshold: 9 } },
        version: 1,
      }),
    )
    await charterStore.persist.rehydrate()
    expect(charterStore.getState()).toMatchObject(defaultCharter())

    localStorage.setItem(CHARTER_KEY, '{not json')
    await charterStore.persist.rehydrate()
    expect(charterStore.getState().shouting.threshold).toBe(0.7)
  })

  it('readCharter validates any value', () => {
    expect(readCharter(null)).toEqual(defaultCharter())
    expect(readCharter({ shouting: {} })).toEqual(defaultCharter())
    expect(readCharter(defaultCharter())).toEqual(defaultCharter())
  })
})

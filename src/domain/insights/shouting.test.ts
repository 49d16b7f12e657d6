import { describe, expect, it } from 'vitest'
import { DEFAULT_SHOUTING_THRESHOLD as T } from './charter'
import { mastodonStatuses } from './insightsFixtures'
import { detectShouting, SHOUTING_MIN_LETTERS } from './shouting'

describe('detectShouting', () => {
  it('flags a French sentence in capitals, accents and elision included', () => {
    const result = detectShouting('C’EST INADMISSIBLE !!!', T)
    expect(result).toEqual({ shouting: true, ratio: 1, letters: 16 })
    expect(detectShouting('ÉCOLES FERMÉES À PARTIR DE DEMAIN', T).shouting).toBe(true)
  })

  it('reads short capitalised words among lower-case ones as acronyms', () => {
    const result = detectShouting('NASA and ESA launch a new probe to Jupiter', T)
    expect(result.shouting).toBe(false)
    // 27 letters once NASA and ESA are set aside, of which only the J of Jupiter is a capital.
    expect(result.ratio).toBeCloseTo(1 / 27, 5)
    expect(detectShouting("L'ONU et l'OMS alertent sur la situation sanitaire", T).shouting).toBe(
      false,
    )
  })

  it('counts acronyms too when the whole text is in capitals', () => {
    expect(detectShouting('THE NASA LIED TO ALL OF US', T).shouting).toBe(true)
  })

  it('ignores links, mentions, hashtags, emoji and digits', () => {
    const text =
      'lovely morning at the lake 🌅 @LEA@EXAMPLE.SOCIAL #SUNRISE #BEAUTIFULDAY https://EXAMPLE.COM/PHOTOS/LAKE 2025'
    const result = detectShouting(text, T)
    expect(result.letters).toBe('lovelymorningatthelake'.length)
    expect(result.ratio).toBe(0)
    expect(detectShouting('WOW 🎉🎉🎉 THIS IS AMAZING NEWS FOR US ALL 🚀', T).shouting).toBe(true)
  })

  it('does not judge texts shorter than the minimum letter count', () => {
    expect(detectShouting('NON MERCI !', T)).toMatchObject({ shouting: false, ratio: 1 })
    expect(detectShouting('ABCDEFGHIJK', T).letters).toBe(SHOUTING_MIN_LETTERS - 1)
    expect(detectShouting('ABCDEFGHIJKL', T).shouting).toBe(true)
    expect(detectShouting('', T)).toEqual({ shouting: false, ratio: 0, letters: 0 })
  })

  it('compares the share of capitals with the threshold, inclusive', () => {
    const text = 'BREAKING MARKETS today' // 15 capitals of 20 letters
    expect(detectShouting(text, 0.75)).toEqual({ shouting: true, ratio: 0.75, letters: 20 })
    expect(detectShouting(text, 0.76).shouting).toBe(false)
    // NEWS is short enough to read as an acronym beside a lower-case word: 8 of 13 letters.
    expect(detectShouting('BREAKING NEWS today', 0.7).ratio).toBeCloseTo(8 / 13, 5)
  })

  it('counts a capital written as letter + combining accent once', () => {
    const decomposed = 'E\u0301COLE FERME\u0301E AUJOURD’HUI'
    expect(detectShouting(decomposed, T)).toEqual({ shouting: true, ratio: 1, letters: 21 })
  })

  it('leaves scripts without case out of the count', () => {
    expect(detectShouting('東京で大きな地震がありました', T)).toEqual({
      shouting: false,
      ratio: 0,
      letters: 0,
    })
  })

  it('flags none of the recorded timelines; Title Case headlines stay far below', () => {
    const textOf = (html: string) =>
      new DOMParser().parseFromString(html, 'text/html').body.textContent ?? ''
    const results = [
      ...mastodonStatuses('rtoot-timeline-public-mastodon-social'),
      ...mastodonStatuses('rtoot-timeline-tag-rstats'),
    ].map((status) => detectShouting(textOf(status.content), T))
    expect(results.length).toBeGreaterThan(20)
    expect(results.filter((result) => result.shouting)).toEqual([])
    // The highest is a headline in Title Case ("A Comprehensive List of Every Woman Who…").
    expect(Math.max(...results.map((result) => result.ratio))).toBeLessThan(0.2)
  })
})

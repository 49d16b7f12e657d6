import type { EngagementFormula } from '../../domain/insights/credibility'

/** Whole counts as the reader's locale writes them: 4,210 / 4 210. */
export const formatCount = (locale: string, value: number): string =>
  new Intl.NumberFormat(locale).format(value)

/**
 * A rate with one decimal ("1.0"), or two below 1 % so a small rate does not read as "0.0"
 * unless it is (almost) zero.
 */
export const formatRate = (locale: string, rate: number): string =>
  new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: rate < 1 ? 2 : 1,
  }).format(rate)

/** The parts of the printed formula; the sentence around them is translated. */
export const formulaParts = (locale: string, formula: EngagementFormula) => ({
  terms: formula.perPost.map((value) => formatCount(locale, value)).join(' + '),
  posts: formula.posts,
  followers: formula.followers,
  rate: formatRate(locale, formula.rate),
})

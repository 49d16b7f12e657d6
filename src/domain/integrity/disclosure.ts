import type { Post } from '../post'
import { foldText } from '../../lib/foldText'
import { foldWithOffsets, originalSlice } from './foldWithOffsets'

/**
 * Sponsored-content disclosure (issue 7, item 6). A post counts as sponsored when its author or
 * its network says so: a disclosure hashtag, a disclosure phrase, or a platform label. We look
 * only for what advertising codes (FTC, ASA, ARPP/DGCCRF) ask authors to write; we never guess
 * from brand names or tone, so a hit is the author's own word, quoted back as evidence.
 *
 * Scope: the post's text and content warning. Not the link card (it describes another page), not
 * media descriptions, and not the quoted post: that one is drawn by its own card, which runs the
 * detector on itself and carries its own label.
 */

export type DisclosureEvidence =
  | { kind: 'hashtag'; text: string }
  | { kind: 'phrase'; text: string }
  | { kind: 'label'; text: string }

export interface SponsoredDetection {
  sponsored: boolean
  /** What gave it away, as written in the post (or the label's value), once each. */
  evidence: DisclosureEvidence[]
}

/**
 * Whole hashtags, folded (lower case, no accents: `#Sponsorisé` and `#sponsorise` are one tag).
 * Left out on purpose: `#sponsor` ("become a sponsor", GitHub Sponsors), `#collab` and `#gifted`
 * (usually unpaid), `#annonce` (French for "announcement"), `#partner`, `#promo` (a discount code
 * is not a paid relationship) — each would flag ordinary posts.
 */
export const DISCLOSURE_HASHTAGS: ReadonlySet<string> = new Set([
  'ad',
  'ads',
  'advert',
  'advertisement',
  'advertising',
  'spon',
  'sponsored',
  'sponsoredpost',
  'sponsoredcontent',
  'paidpartnership',
  'paidpartner',
  'paidad',
  'sponsorise',
  'sponsorisee',
  'sponso',
  'partenariat',
  'partenariatremunere',
  'collaborationcommerciale',
  'pub',
  'publicite',
  'publireportage',
])

/**
 * Phrases, folded, matched as whole words with any run of spaces between them. Left out:
 * "en partenariat avec" (events and public bodies say it of unpaid partners), a bare "publicité"
 * or "advertising" (posts *about* advertising are common).
 */
export const DISCLOSURE_PHRASES: readonly string[] = [
  'paid partnership',
  'paid promotion',
  'sponsored by',
  'sponsored post',
  'sponsored content',
  'advertorial',
  'partenariat remunere',
  'partenariat commercial',
  'collaboration commerciale',
  'collaboration remuneree',
  'sponsorise par',
  'sponsorisee par',
  'contenu sponsorise',
  'publi-reportage',
  'publireportage',
]

/**
 * Platform labels in `post.labels`, folded, `_` and spaces read as `-`: Instagram's "Paid
 * partnership", Meta's branded content, TikTok's commercial content disclosure, YouTube's paid
 * promotion, X's "Promoted"/"Ad". No network we read today sends one; importers that meet one
 * keep it in `labels` and it is honoured here.
 */
export const DISCLOSURE_LABELS: ReadonlySet<string> = new Set([
  'ad',
  'ads',
  'advertisement',
  'sponsored',
  'promoted',
  'paid-partnership',
  'paid-promotion',
  'branded-content',
  'commercial-content',
])

// A hashtag starts after something that is not a word character (so `page#ad` in a URL and
// `&#ad` are not tags) and takes every letter, digit and underscore that follows.
const HASHTAG = /(?<![\p{L}\p{N}_&/#])#([\p{L}\p{N}_]+)/gu

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const PHRASE = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:${DISCLOSURE_PHRASES.map((phrase) =>
    escapeRegExp(phrase).replace(/ /g, '\\s+'),
  ).join('|')})(?![\\p{L}\\p{N}_])`,
  'gu',
)

const normalizeLabel = (label: string) =>
  foldWithOffsets(label.trim()).folded.replace(/[\s_]+/g, '-')

/** Most posts disclose nothing: a whole-text fold answers that before any offset is kept. */
const mayDisclose = (text: string): boolean => {
  const folded = foldText(text)
  // `search` and `matchAll` never move the shared global regexes' lastIndex (`test` would).
  return (
    folded.search(PHRASE) !== -1 ||
    [...folded.matchAll(HASHTAG)].some((match) => DISCLOSURE_HASHTAGS.has(match[1] ?? ''))
  )
}

const textEvidence = (text: string): DisclosureEvidence[] => {
  if (text === '' || !mayDisclose(text)) return []
  const folded = foldWithOffsets(text)
  const found: DisclosureEvidence[] = []
  for (const match of folded.folded.matchAll(HASHTAG)) {
    if (!DISCLOSURE_HASHTAGS.has(match[1] ?? '')) continue
    const start = match.index ?? 0
    found.push({
      kind: 'hashtag',
      text: originalSlice(text, folded, start, start + match[0].length),
    })
  }
  for (const match of folded.folded.matchAll(PHRASE)) {
    const start = match.index ?? 0
    found.push({
      kind: 'phrase',
      text: originalSlice(text, folded, start, start + match[0].length).replace(/\s+/g, ' '),
    })
  }
  return found
}

/** Whether the post discloses sponsorship, and the words or labels that say so. */
export const detectSponsored = (
  post: Pick<Post, 'text' | 'contentWarning' | 'labels'>,
): SponsoredDetection => {
  const candidates: DisclosureEvidence[] = [
    ...textEvidence(post.contentWarning ?? ''),
    ...textEvidence(post.text ?? ''),
    ...(post.labels ?? [])
      .filter((label) => typeof label === 'string' && DISCLOSURE_LABELS.has(normalizeLabel(label)))
      .map((label): DisclosureEvidence => ({ kind: 'label', text: label })),
  ]
  const seen = new Set<string>()
  const evidence = candidates.filter((item) => {
    const key = `${item.kind}:${foldWithOffsets(item.text).folded}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  return { sponsored: evidence.length > 0, evidence }
}

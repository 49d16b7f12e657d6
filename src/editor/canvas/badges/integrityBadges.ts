import { quotingRestrictions, type QuotingRestriction } from '../../../domain/integrity/consent'
import { detectSponsored, type DisclosureEvidence } from '../../../domain/integrity/disclosure'
import type { Post } from '../../../domain/post'
import type { BadgeEnvironment, PostBadge, PostBadgeRule } from './badge'

const quotedList = (evidence: DisclosureEvidence[]) =>
  evidence.map((item) => `“${item.text}”`).join(', ')

const authorOf = (post: Post) => post.author.name || post.author.handle

const sponsoredBadges = (post: Post, { t }: BadgeEnvironment): PostBadge[] => {
  const badges: PostBadge[] = []
  const own = detectSponsored(post)
  if (own.sponsored)
    badges.push({
      id: 'sponsored',
      label: t('integrity:badges.sponsored'),
      description: t('integrity:badges.sponsoredDescription', {
        evidence: quotedList(own.evidence),
      }),
      tone: 'info',
    })
  const quoted = post.quote?.state === 'available' ? detectSponsored(post.quote.post) : undefined
  if (quoted?.sponsored)
    badges.push({
      id: 'quoted-sponsored',
      label: t('integrity:badges.quotedSponsored'),
      description: t('integrity:badges.quotedSponsoredDescription', {
        evidence: quotedList(quoted.evidence),
      }),
      tone: 'info',
    })
  return badges
}

/** Bluesky sets "nobody may quote" together with "embedding off": one sentence says both. */
const quotingWishes = (restrictions: QuotingRestriction[]) =>
  restrictions.filter(
    (reason) =>
      reason !== 'hidden-from-logged-out' &&
      !(reason === 'quote-nobody' && restrictions.includes('embedding-disabled')),
  )

const consentBadges = (post: Post, { t }: BadgeEnvironment): PostBadge[] => {
  const restrictions = quotingRestrictions(post)
  const author = authorOf(post)
  const badges: PostBadge[] = []
  const wishes = quotingWishes(restrictions)
  if (wishes.length > 0)
    badges.push({
      id: 'quoting-restricted',
      label: t('integrity:badges.quotingRestricted'),
      description: wishes.map((reason) => t(`integrity:wishes.${reason}`, { author })).join(' '),
      tone: 'warning',
    })
  if (restrictions.includes('hidden-from-logged-out'))
    badges.push({
      id: 'hidden-from-logged-out',
      label: t('integrity:badges.hiddenFromLoggedOut'),
      description: t('integrity:wishes.hidden-from-logged-out', { author }),
      tone: 'warning',
    })
  return badges
}

/** Consent signals first (they ask the curator to act), then sponsorship disclosure. */
export const integrityBadges: PostBadgeRule = (post, environment) => [
  ...consentBadges(post, environment),
  ...sponsoredBadges(post, environment),
]

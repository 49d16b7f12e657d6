import { defaultCharter } from '../../../domain/insights/charter'
import { moderationFindings } from '../../../domain/insights/moderationFindings'
import type { PostBadge, PostBadgeRule } from './badge'

const percent = (share: number) => Math.round(share * 100)

/**
 * What the curator's charter points out in a post: shouting, strong language, media without a
 * description. Each badge is a word with a sentence that gives the numbers or the words found.
 */
export const moderationBadges: PostBadgeRule = (post, { t, charter = defaultCharter() }) => {
  const findings = moderationFindings(post, charter)
  const badges: PostBadge[] = []
  if (findings.shouting) {
    badges.push({
      id: 'moderation-shouting',
      label: t('insights:badges.shouting'),
      description: t('insights:badges.shoutingDescription', {
        percent: percent(findings.shouting.ratio),
        threshold: percent(charter.shouting.threshold),
      }),
      tone: 'warning',
    })
  }
  if (findings.strongLanguage.length > 0) {
    badges.push({
      id: 'moderation-strong-language',
      label: t('insights:badges.strongLanguage'),
      description: t('insights:badges.strongLanguageDescription', {
        words: findings.strongLanguage.join(', '),
      }),
      tone: 'warning',
    })
  }
  if (findings.missingAlt > 0) {
    badges.push({
      id: 'moderation-no-alt',
      label: t('insights:badges.noAlt'),
      description: t('insights:badges.noAltDescription', { count: findings.missingAlt }),
      tone: 'info',
    })
  }
  return badges
}

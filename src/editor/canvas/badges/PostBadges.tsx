import { useTranslation } from 'react-i18next'
import type { Post } from '../../../domain/post'
import { useCharter } from '../../../store/charterStore'
import {
  BADGE_NAMESPACES,
  type BadgeEnvironment,
  type PostBadge,
  type PostBadgeRule,
} from './badge'
import './badges.css'
import { moderationBadges } from './moderationBadges'
import { integrityBadges } from './integrityBadges'
import { sourceCheckBadges } from './sourceCheckBadges'

/** Every family of badges, in the order they are shown. */
const BADGE_RULES: readonly PostBadgeRule[] = [integrityBadges, sourceCheckBadges, moderationBadges]

/** The notes the editor shows under a post of the story; nothing when there are none. */
export const PostBadges = ({ post }: { post: Post }) => {
  const { t } = useTranslation(BADGE_NAMESPACES)
  const charter = useCharter()
  const environment: BadgeEnvironment = { t, charter }
  const badges: PostBadge[] = BADGE_RULES.flatMap((rule) => rule(post, environment))
  if (badges.length === 0) return null
  return (
    <ul className="post-badges" aria-label={t('badges.label')}>
      {badges.map((badge) => (
        <li
          key={badge.id}
          className={`post-badge post-badge--${badge.tone}`}
          title={badge.description}
        >
          <span className="post-badge__label">{badge.label}</span>
          <span className="visually-hidden">: {badge.description}</span>
        </li>
      ))}
    </ul>
  )
}

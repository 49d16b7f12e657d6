import type { PostBadge, PostBadgeRule } from './badge'

/**
 * What "Check sources" last found, under each post of the story. The label says it in words;
 * the description says when, and for an edit what changed.
 */
export const sourceCheckBadges: PostBadgeRule = (post, { t }) => {
  const check = post.sourceCheck
  if (!check) return []
  const date = new Date(check.checkedAt)
  const badge = (label: string, description: string, tone: PostBadge['tone']): PostBadge[] => [
    { id: 'source-check', label, description, tone },
  ]
  switch (check.state) {
    case 'live':
      return badge(
        t('sourceCheck:badges.live'),
        t('sourceCheck:badges.liveDescription', { date }),
        'info',
      )
    case 'edited': {
      const changes = (check.changes ?? []).map((change) => t(`sourceCheck:changes.${change}`))
      return badge(
        t('sourceCheck:badges.edited'),
        t('sourceCheck:badges.editedDescription', { date, changes: changes.join(', ') }),
        'warning',
      )
    }
    case 'deleted':
      return badge(
        t('sourceCheck:badges.deleted'),
        t('sourceCheck:badges.deletedDescription', { date }),
        'warning',
      )
    case 'unavailable':
      return badge(
        t('sourceCheck:badges.unavailable'),
        t('sourceCheck:badges.unavailableDescription', {
          date,
          reason: t(`sourceCheck:reasons.${check.reason ?? 'unknown'}`),
        }),
        'warning',
      )
  }
}

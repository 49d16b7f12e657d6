import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { restrictedPostsOf } from '../../domain/integrity/consent'
import type { Post, PostId } from '../../domain/post'
import type { Story } from '../../domain/story'
import './consentWarning.css'

interface ConsentWarningProps {
  story: Pick<Story, 'blocks'> | undefined
  posts: Readonly<Record<PostId, Post>>
  /** Whether the export leaves out the posts whose authors restrict quoting. */
  leaveOut: boolean
  onLeaveOutChange: (leaveOut: boolean) => void
  disabled?: boolean
}

/**
 * Before export: who asked not to be quoted, and a way to leave their posts out. It informs and
 * never blocks — the curator may have the author's permission.
 */
export const ConsentWarning = ({
  story,
  posts,
  leaveOut,
  onLeaveOutChange,
  disabled,
}: ConsentWarningProps) => {
  const { t } = useTranslation('integrity')
  const ids = useId()
  const restricted = story ? restrictedPostsOf(story, posts) : []
  if (restricted.length === 0) return null
  return (
    <section className="consent-warning" aria-labelledby={`${ids}-heading`}>
      <h3 id={`${ids}-heading`} className="consent-warning__heading">
        {t('exportWarning.heading')}
      </h3>
      <p>{t('exportWarning.intro')}</p>
      <ul className="consent-warning__list">
        {restricted.map(({ post, restrictions }) => (
          <li key={post.id}>
            {t('exportWarning.item', {
              author: post.author.name
                ? `${post.author.name} (${post.author.handle})`
                : post.author.handle,
              restrictions: restrictions.map((reason) => t(`restrictions.${reason}`)).join(', '),
            })}
          </li>
        ))}
      </ul>
      <label className="consent-warning__choice">
        <input
          type="checkbox"
          checked={leaveOut}
          disabled={disabled}
          onChange={(event) => onLeaveOutChange(event.target.checked)}
        />
        {t('exportWarning.leaveOut')}
      </label>
      {leaveOut && (
        <p role="status" className="muted">
          {t('exportWarning.leftOut', { count: restricted.length })}
        </p>
      )}
    </section>
  )
}

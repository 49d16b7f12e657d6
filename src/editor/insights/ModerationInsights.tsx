import { useId, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { moderationFindings } from '../../domain/insights/moderationFindings'
import type { StoryPost } from '../../domain/insights/storyPosts'
import { useCharter } from '../../store/charterStore'

const EXCERPT_LENGTH = 140

const excerpt = (text: string) =>
  text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH).trimEnd()}…` : text

/** The story's posts that the charter points out for their wording (media are in Alt text). */
export const ModerationInsights = ({ posts }: { posts: StoryPost[] }) => {
  const { t } = useTranslation('insights')
  const headingId = useId()
  const charter = useCharter()
  const flagged = useMemo(
    () =>
      posts
        .map(({ blockId, post }) => ({
          blockId,
          post,
          findings: moderationFindings(post, charter),
        }))
        .filter(({ findings }) => findings.shouting || findings.strongLanguage.length > 0),
    [posts, charter],
  )
  return (
    <section className="insights-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('moderation.heading')}</h3>
      <p className="muted insights-section__help">{t('moderation.help')}</p>
      {flagged.length === 0 ? (
        <p className="notice">{t('moderation.none')}</p>
      ) : (
        <ul className="insights-list">
          {flagged.map(({ blockId, post, findings }) => (
            <li key={blockId} className="insights-post">
              <h4>{t('moderation.postBy', { name: post.author.name })}</h4>
              {post.contentWarning ? (
                // The author hid the text behind a warning: the panel keeps it hidden too.
                <details className="insights-post__cw">
                  <summary>
                    {t('moderation.contentWarning', { warning: post.contentWarning })} ·{' '}
                    {t('moderation.showText')}
                  </summary>
                  <blockquote className="insights-post__excerpt" lang={post.language}>
                    {excerpt(post.text)}
                  </blockquote>
                </details>
              ) : (
                <blockquote className="insights-post__excerpt" lang={post.language}>
                  {excerpt(post.text)}
                </blockquote>
              )}
              <ul className="insights-post__findings">
                {findings.shouting && (
                  <li>
                    {t('moderation.shouting', {
                      percent: Math.round(findings.shouting.ratio * 100),
                    })}
                  </li>
                )}
                {findings.strongLanguage.length > 0 && (
                  <li>
                    {t('moderation.strongLanguage', {
                      words: findings.strongLanguage.join(', '),
                    })}
                  </li>
                )}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  authorCredibility,
  type AuthorCredibility,
  type CredibilityFlag,
} from '../../domain/insights/credibility'
import { storyAuthors } from '../../domain/insights/storyAuthors'
import type { StoryPost } from '../../domain/insights/storyPosts'
import { rendererStrings } from '../../renderers/rendererStrings'
import { useRendererLocale } from '../hooks/useRendererLocale'
import { formatCount, formulaParts } from './formatFormula'

/** Networks whose accounts normally come with counts: when one has none, the network is named. */
const SOURCES_WITH_COUNTS = new Set(['mastodon', 'bluesky'])

interface AuthorRow {
  key: string
  source: string
  credibility: AuthorCredibility
}

const FlagHints = ({ result }: { result: AuthorCredibility }) => {
  const { t } = useTranslation('insights')
  const locale = useRendererLocale()
  if (result.flags.length === 0) return null
  const counts = {
    followers: result.kind === 'counts' ? formatCount(locale, result.followers) : '',
    following:
      result.kind === 'counts' && result.following !== undefined
        ? formatCount(locale, result.following)
        : '',
  }
  const sentence = (flag: CredibilityFlag) =>
    flag === 'young-account'
      ? t('authors.flags.young-account', { count: result.accountAgeDays ?? 0 })
      : t(`authors.flags.${flag}`, counts)
  return (
    <div className="insights-author__hints">
      <h5>{t('authors.hints')}</h5>
      <ul>
        {result.flags.map((flag) => (
          <li key={flag}>{sentence(flag)}</li>
        ))}
      </ul>
    </div>
  )
}

const Engagement = ({ result }: { result: Extract<AuthorCredibility, { kind: 'counts' }> }) => {
  const { t } = useTranslation('insights')
  const locale = useRendererLocale()
  if (!result.engagement.known) {
    return <p>{t(`authors.unknown.${result.engagement.reason}`)}</p>
  }
  const parts = formulaParts(locale, result.engagement.formula)
  return (
    <>
      <p className="insights-author__formula">
        {t('authors.formula', {
          terms: parts.terms,
          posts: t('authors.formulaPosts', { count: parts.posts }),
          followers: t('authors.formulaFollowers', { count: parts.followers }),
          rate: parts.rate,
        })}
      </p>
      {result.band && <p>{t(`authors.band.${result.band}`)}</p>}
    </>
  )
}

const AuthorCard = ({ row }: { row: AuthorRow }) => {
  const { t } = useTranslation('insights')
  const locale = useRendererLocale()
  const { credibility: result, source } = row
  const { author } = result
  const dateFormat = useMemo(
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }),
    [locale],
  )
  const created = author.stats?.createdAt ? new Date(author.stats.createdAt) : undefined
  return (
    <li className="insights-author">
      <h4 className="insights-author__name">
        {author.name} <span className="muted">{author.handle}</span>
      </h4>
      {result.kind === 'noCounts' ? (
        <p>
          {SOURCES_WITH_COUNTS.has(source)
            ? t('authors.noCountsFrom', { source: rendererStrings(locale).sourceLabel(source) })
            : t('authors.noCounts')}{' '}
          <span className="muted">{t('authors.noCountsHint')}</span>
        </p>
      ) : (
        <>
          <dl className="insights-author__counts">
            <div>
              <dt>{t('authors.followers')}</dt>
              <dd>{formatCount(locale, result.followers)}</dd>
            </div>
            {result.following !== undefined && (
              <div>
                <dt>{t('authors.following')}</dt>
                <dd>{formatCount(locale, result.following)}</dd>
              </div>
            )}
            {result.posts !== undefined && (
              <div>
                <dt>{t('authors.posts')}</dt>
                <dd>{formatCount(locale, result.posts)}</dd>
              </div>
            )}
            {created && result.accountAgeDays !== undefined && (
              <div>
                <dt>{t('authors.accountCreated')}</dt>
                <dd>
                  {t('authors.accountAge', {
                    date: dateFormat.format(created),
                    count: result.accountAgeDays,
                  })}
                </dd>
              </div>
            )}
          </dl>
          <h5>{t('authors.rate')}</h5>
          <Engagement result={result} />
        </>
      )}
      <FlagHints result={result} />
    </li>
  )
}

export const AuthorInsights = ({ posts }: { posts: StoryPost[] }) => {
  const { t } = useTranslation('insights')
  const headingId = useId()
  // One moment for the whole panel, so every account's age is counted from the same instant.
  const [now] = useState(() => new Date())
  const rows = useMemo<AuthorRow[]>(
    () =>
      storyAuthors(posts.map(({ post }) => post)).map((entry) => ({
        key: entry.key,
        source: entry.posts[0]?.source ?? '',
        credibility: authorCredibility(entry.author, entry.posts, now),
      })),
    [posts, now],
  )
  return (
    <section className="insights-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('authors.heading')}</h3>
      <p className="muted insights-section__help">{t('authors.formulaHelp')}</p>
      <p className="muted insights-section__help">{t('authors.countsCaveat')}</p>
      <ul className="insights-list">
        {rows.map((row) => (
          <AuthorCard key={row.key} row={row} />
        ))}
      </ul>
    </section>
  )
}

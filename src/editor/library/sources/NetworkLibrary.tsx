import { useTranslation } from 'react-i18next'
import { feedSource } from '../../../adapters/feed/feedSource'
import type { SourceEntry } from '../../../adapters/types'
import { LibraryEmptyFilter } from '../LibraryEmptyFilter'
import { LibraryFilter } from '../LibraryFilter'
import { LibraryPostList } from '../LibraryPostList'
import { useAddToStory } from '../useAddToStory'
import { useFilteredPosts } from '../useFilteredPosts'
import { describeFeedProblem } from './describeFeedProblem'
import { describeSourceError } from './describeSourceError'
import { OpenFeedFileButton } from './OpenFeedFileButton'
import { SourceSearchForm } from './SourceSearchForm'
import { useSourceHints } from './useSourceHints'
import { useSourceSearch, type SourceSearchState } from './useSourceSearch'

const queryText = (state: SourceSearchState) => {
  const query = state.request?.query
  if (!query) return ''
  switch (query.kind) {
    case 'hashtag':
      return `#${query.tag}`
    case 'account':
      return `@${query.handle}`
    case 'url':
      return query.url
    case 'text':
      return query.text
  }
}

/** Sources without a server (feeds) are named by the host of the address asked for. */
const serverOf = (state: SourceSearchState): string => {
  const request = state.request
  if (!request) return ''
  if (request.server !== '' || request.query.kind !== 'url') return request.server
  try {
    return new URL(request.query.url).host
  } catch {
    return ''
  }
}

/** Search one network and pick posts from the answers. */
export const NetworkLibrary = ({ source }: { source: SourceEntry }) => {
  const { t } = useTranslation('sources')
  const { t: tFeeds } = useTranslation('feeds')
  const add = useAddToStory()
  const { state, search, loadMore, retry, showFile } = useSourceSearch()
  const { query, filtered } = useFilteredPosts(state.posts)
  const busy = state.phase === 'searching' || state.phase === 'loading-more'
  const server = serverOf(state)
  const hints = useSourceHints(source)

  const status = (() => {
    if (state.phase === 'searching') return t('searching', { source: source.label })
    if (state.phase === 'loading-more') return t('loadingMore')
    if (state.phase === 'idle') return hints.idle
    if (state.failure) return ''
    if (state.fileName !== undefined)
      return tFeeds('opened', { count: state.posts.length, name: state.fileName })
    if (state.posts.length === 0)
      return t('noResults', { query: queryText(state), source: source.label })
    return t('resultCount', { count: state.posts.length, source: source.label })
  })()

  return (
    <>
      <SourceSearchForm source={source} busy={busy} onSearch={search} />
      {source.id === feedSource.id ? <OpenFeedFileButton onOpen={showFile} /> : null}
      {hints.note ? <p className="muted library__note">{hints.note}</p> : null}
      <p className="library__status" role="status">
        {status}
      </p>
      {state.failure ? (
        <div className="source-error" role="alert">
          <p>
            {describeFeedProblem(state.failure.error, queryText(state), tFeeds) ??
              describeSourceError(state.failure.error, source.label, server, t)}
          </p>
          <button type="button" className="button button--small" onClick={retry}>
            {t('retry')}
          </button>
        </div>
      ) : null}
      {state.posts.length > 0 ? (
        <LibraryFilter
          shown={filtered.length}
          total={state.posts.length}
          countWhenUnfiltered={false}
        />
      ) : null}
      <div className="panel__scroll library__list" aria-busy={busy}>
        {state.posts.length > 0 && filtered.length === 0 ? (
          <LibraryEmptyFilter query={query} />
        ) : (
          <LibraryPostList posts={filtered} onAdd={add} />
        )}
        {state.next && !state.failure ? (
          <button type="button" className="button library__more" onClick={loadMore} disabled={busy}>
            {state.phase === 'loading-more' ? t('loadingMore') : t('loadMore')}
          </button>
        ) : null}
        {state.phase === 'done' && !state.next && !state.failure && state.posts.length > 0 ? (
          <p className="library__end">{t('endOfResults')}</p>
        ) : null}
      </div>
    </>
  )
}

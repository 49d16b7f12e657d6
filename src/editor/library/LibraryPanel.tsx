import { useCallback, useDeferredValue, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Post } from '../../domain/post'
import { SAMPLE_POSTS } from '../../sample/samplePosts'
import { addPostToStory } from '../../store/actions/blockActions'
import { setLibraryQuery } from '../../store/actions/uiActions'
import { useEditorStore } from '../../store/editorStore'
import { selectActivePostIds, selectActiveStory } from '../../store/selectors'
import { announce } from '../a11y/announce'
import { useRendererLocale } from '../hooks/useRendererLocale'
import { LibraryPostItem } from './LibraryPostItem'
import { matchesLibraryQuery } from './matchesLibraryQuery'

export const LibraryPanel = () => {
  const { t } = useTranslation('library')
  const { t: tStory } = useTranslation('story')
  const locale = useRendererLocale()
  const query = useEditorStore((state) => state.libraryQuery)
  const deferredQuery = useDeferredValue(query)
  const postIdsInStory = useEditorStore(selectActivePostIds)
  const posts = useMemo(
    () => SAMPLE_POSTS.filter((post) => matchesLibraryQuery(post, deferredQuery)),
    [deferredQuery],
  )

  // Stable, so that the memoised library cards do not re-render when the story changes.
  const add = useCallback(
    (post: Post) => {
      if (addPostToStory(post) === null) return
      const total = selectActiveStory(useEditorStore.getState())?.blocks.length ?? 0
      announce(
        tStory('announce.added', {
          name: tStory('dnd.libraryPost', { name: post.author.name }),
          position: total,
          total,
        }),
      )
    },
    [tStory],
  )

  return (
    <section className="panel library" aria-labelledby="library-heading">
      <header className="panel__header">
        <h2 id="library-heading" className="panel__title">
          {t('heading')}
        </h2>
        <label className="field field--inline">
          <span className="field__label">{t('source')}</span>
          <select className="select" defaultValue="sample">
            <option value="sample">{t('sampleSource')}</option>
          </select>
        </label>
      </header>
      <p className="panel__hint">{t('sampleDescription')}</p>
      <div className="library__filter">
        <input
          type="search"
          className="input"
          aria-label={t('filter')}
          placeholder={t('filterPlaceholder')}
          value={query}
          onChange={(event) => setLibraryQuery(event.target.value)}
        />
        <p className="library__count" aria-live="polite">
          {posts.length === SAMPLE_POSTS.length
            ? t('count', { count: posts.length })
            : t('countFiltered', { shown: posts.length, total: SAMPLE_POSTS.length })}
        </p>
      </div>
      <div className="panel__scroll library__list">
        {posts.length === 0 ? (
          <div className="empty-state">
            <p>{t('empty', { query })}</p>
            <button type="button" className="button" onClick={() => setLibraryQuery('')}>
              {t('clearFilter')}
            </button>
          </div>
        ) : (
          posts.map((post) => (
            <LibraryPostItem
              key={post.id}
              post={post}
              label={t('postBy', { name: post.author.name })}
              locale={locale}
              inStory={postIdsInStory.has(post.id)}
              onAdd={add}
            />
          ))
        )}
      </div>
    </section>
  )
}

import { useTranslation } from 'react-i18next'
import { SAMPLE_POSTS } from '../../sample/samplePosts'
import { LibraryEmptyFilter } from './LibraryEmptyFilter'
import { LibraryFilter } from './LibraryFilter'
import { LibraryPostList } from './LibraryPostList'
import { useAddToStory } from './useAddToStory'
import { useFilteredPosts } from './useFilteredPosts'

/** The bundled posts: the editor works offline, with no account, from the first start. */
export const SampleLibrary = () => {
  const { t } = useTranslation('library')
  const add = useAddToStory()
  const { query, filtered } = useFilteredPosts(SAMPLE_POSTS)
  return (
    <>
      <p className="panel__hint">{t('sampleDescription')}</p>
      <LibraryFilter shown={filtered.length} total={SAMPLE_POSTS.length} />
      <div className="panel__scroll library__list">
        {filtered.length === 0 ? (
          <LibraryEmptyFilter query={query} />
        ) : (
          <LibraryPostList posts={filtered} onAdd={add} />
        )}
      </div>
    </>
  )
}

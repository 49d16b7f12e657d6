import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { PostId } from '../../../domain/post'
import { useEditorStore } from '../../../store/editorStore'
import { selectActivePostIds } from '../../../store/selectors'
import { useRendererLocale } from '../../hooks/useRendererLocale'
import { LibraryPostItem } from '../LibraryPostItem'
import { useAddToStory } from '../useAddToStory'
import { useArchivePosts } from './useArchivePosts'

/**
 * Imported posts, virtualised: a 100,000-post archive mounts only the cards near the viewport,
 * the same draggable cards as every other library source.
 */
export const ArchivePostList = ({
  ids,
  revision,
}: {
  ids: readonly PostId[]
  revision: number
}) => {
  const { t } = useTranslation('library')
  const { t: tArchive } = useTranslation('archive')
  const locale = useRendererLocale()
  const add = useAddToStory()
  const postIdsInStory = useEditorStore(selectActivePostIds)
  const scrollRef = useRef<HTMLDivElement | null>(null)

  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 260,
    getItemKey: (index) => ids[index] ?? index,
    overscan: 4,
    gap: 12,
    paddingStart: 4,
    paddingEnd: 24,
    initialRect: { width: 420, height: 900 },
  })
  const items = virtualizer.getVirtualItems()
  const posts = useArchivePosts(ids, items[0]?.index ?? 0, items.at(-1)?.index ?? 0, revision)

  return (
    <div
      ref={scrollRef}
      className="panel__scroll archive-list__scroll"
      role="region"
      aria-label={tArchive('list')}
    >
      <div className="archive-list" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const id = ids[item.index]!
          const loaded = posts.get(id)
          const post = loaded?.post
          return (
            <div
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              className="archive-list__row"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              {post ? (
                <LibraryPostItem
                  post={post}
                  label={t('postBy', { name: post.author.name })}
                  locale={locale}
                  inStory={postIdsInStory.has(post.id)}
                  onAdd={add}
                />
              ) : (
                <div className="archive-list__pending" aria-busy={loaded === undefined} />
              )}
            </div>
          )
        })}
      </div>
    </div>
  )
}

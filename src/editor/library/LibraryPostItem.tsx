import { useDraggable } from '@dnd-kit/core'
import { memo, type PointerEventHandler } from 'react'
import { useTranslation } from 'react-i18next'
import type { Post } from '../../domain/post'
import type { RendererLocale } from '../../renderers/rendererStrings'
import { PostCard } from '../../renderers/post/PostCard'
import { Icon } from '../../ui/Icon'
import { libraryDraggableId, type DragData } from '../canvas/dragData'

interface LibraryPostItemProps {
  post: Post
  locale: RendererLocale
  inStory: boolean
  onAdd: (post: Post) => void
}

export const LibraryPostItem = memo(function LibraryPostItem({
  post,
  locale,
  inStory,
  onAdd,
}: LibraryPostItemProps) {
  const { t } = useTranslation('library')
  const data: DragData = { kind: 'library-post', post }
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: libraryDraggableId(post),
    data,
  })
  return (
    <article
      ref={setNodeRef}
      // The whole card can be picked up by pointer; the handle is the keyboard's way in.
      onPointerDown={listeners?.onPointerDown as PointerEventHandler<HTMLElement> | undefined}
      className={`library-post${isDragging ? ' library-post--dragging' : ''}`}
      aria-label={t('postBy', { name: post.author.name })}
      data-post-id={post.id}
    >
      <div className="library-post__actions">
        <button
          ref={setActivatorNodeRef}
          type="button"
          className="drag-handle"
          data-drag-handle
          {...attributes}
          {...listeners}
          aria-label={t('dragToStory')}
          title={t('dragToStory')}
        >
          <Icon name="grip" />
        </button>
        {inStory && <span className="badge">{t('inStory')}</span>}
        <button type="button" className="button button--small" onClick={() => onAdd(post)}>
          <Icon name="plus" size={16} />
          {t('addToStory')}
        </button>
      </div>
      <PostCard post={post} locale={locale} variant="compact" />
    </article>
  )
})

import {
  useDraggable,
  type DraggableAttributes,
  type DraggableSyntheticListeners,
} from '@dnd-kit/core'
import { memo, type PointerEventHandler } from 'react'
import { useTranslation } from 'react-i18next'
import type { Post } from '../../domain/post'
import { PostCard } from '../../renderers/post/PostCard'
import type { RendererLocale } from '../../renderers/rendererStrings'
import { Icon } from '../../ui/Icon'
import { libraryDraggableId, type DragData } from '../canvas/dragData'

interface LibraryPostItemProps {
  post: Post
  /** The card's accessible name, worded by the panel (no translation hook in the hot wrapper). */
  label: string
  locale: RendererLocale
  inStory: boolean
  onAdd: (post: Post) => void
}

/**
 * Every draggable re-renders when any drag starts (dnd-kit reads one shared context), so this
 * wrapper stays thin and the card inside is memoised: picking up stays cheap.
 */
export const LibraryPostItem = memo(function LibraryPostItem(props: LibraryPostItemProps) {
  const { post, label } = props
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
      aria-label={label}
      data-post-id={post.id}
    >
      <LibraryPostContent
        {...props}
        attributes={attributes}
        listeners={listeners}
        setActivatorNodeRef={setActivatorNodeRef}
      />
    </article>
  )
})

interface LibraryPostContentProps extends LibraryPostItemProps {
  attributes: DraggableAttributes
  listeners: DraggableSyntheticListeners
  setActivatorNodeRef: (element: HTMLElement | null) => void
}

const LibraryPostContent = memo(function LibraryPostContent({
  post,
  locale,
  inStory,
  onAdd,
  attributes,
  listeners,
  setActivatorNodeRef,
}: LibraryPostContentProps) {
  const { t } = useTranslation('library')
  return (
    <>
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
    </>
  )
})

import { useSortable } from '@dnd-kit/sortable'
import type { Transform } from '@dnd-kit/utilities'
import { memo, type PointerEventHandler, useCallback, useLayoutEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { Block } from '../../domain/block'
import type { Post } from '../../domain/post'
import { PostCard } from '../../renderers/post/PostCard'
import { PostBadges } from './badges/PostBadges'
import type { RendererLocale } from '../../renderers/rendererStrings'
import { Icon } from '../../ui/Icon'
import { BlockToolbar } from './BlockToolbar'
import type { DragData } from './dragData'
import { takePendingFocus } from './pendingFocus'
import { SectionBlockContent } from './SectionBlockContent'
import { TextBlockContent } from './TextBlockContent'

/**
 * A 2D translate, and none at rest: dnd-kit's translate3d(0, 0, 0) would promote every mounted
 * row to its own layer at pick-up, which costs a full repaint without a GPU.
 */
const toTranslate = (transform: Transform | null) =>
  transform && (transform.x !== 0 || transform.y !== 0)
    ? `translate(${Math.round(transform.x)}px, ${Math.round(transform.y)}px)`
    : undefined

interface SortableBlockRowProps {
  block: Block
  /** The post of a post block, looked up by the list so the row stays memoised. */
  post: Post | undefined
  index: number
  total: number
  top: number
  editing: boolean
  dropBefore: boolean
  locale: RendererLocale
  measure: (element: HTMLElement | null) => void
}

export const SortableBlockRow = memo(function SortableBlockRow({
  block,
  post,
  index,
  total,
  top,
  editing,
  dropBefore,
  locale,
  measure,
}: SortableBlockRowProps) {
  const { t } = useTranslation('story')
  const data: DragData = { kind: 'block', blockId: block.id }
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({ id: block.id, data })
  const rowRef = useRef<HTMLDivElement | null>(null)
  const setRef = useCallback(
    (element: HTMLDivElement | null) => {
      rowRef.current = element
      setNodeRef(element)
      measure(element)
    },
    [setNodeRef, measure],
  )

  useLayoutEffect(() => {
    const control = takePendingFocus(block.id)
    if (!control) return
    const target = rowRef.current?.querySelector<HTMLElement>(
      `[data-control="${control}"]:not(:disabled)`,
    )
    ;(target ?? rowRef.current?.querySelector<HTMLElement>('[data-control="reorder"]'))?.focus()
  })

  const className = [
    'block-row',
    `block-row--${block.type}`,
    isDragging ? 'block-row--dragging' : '',
    dropBefore ? 'block-row--drop-before' : '',
    editing ? 'block-row--editing' : '',
  ]
    .filter(Boolean)
    .join(' ')

  return (
    <div
      ref={setRef}
      role="listitem"
      onPointerDown={listeners?.onPointerDown as PointerEventHandler<HTMLDivElement> | undefined}
      aria-posinset={index + 1}
      aria-setsize={total}
      className={className}
      data-index={index}
      data-block-id={block.id}
      data-block-type={block.type}
      style={{ top, transform: toTranslate(transform), transition }}
    >
      <button
        ref={setActivatorNodeRef}
        type="button"
        className="drag-handle block-row__handle"
        data-control="reorder"
        data-drag-handle
        {...attributes}
        {...listeners}
        aria-label={t('reorder')}
        title={t('reorderHint')}
      >
        <Icon name="grip" />
      </button>
      <BlockRowBody
        block={block}
        post={post}
        index={index}
        total={total}
        editing={editing}
        locale={locale}
      />
    </div>
  )
})

type BlockRowBodyProps = Pick<
  SortableBlockRowProps,
  'block' | 'post' | 'index' | 'total' | 'editing' | 'locale'
>

/** Memoised apart from the sortable wrapper, which re-renders at every pick-up (see dnd-kit #1071). */
const BlockRowBody = memo(function BlockRowBody({
  block,
  post,
  index,
  total,
  editing,
  locale,
}: BlockRowBodyProps) {
  const { t } = useTranslation('story')
  return (
    <>
      <div className="block-row__content">
        {block.type === 'post' &&
          (post ? (
            <article
              className="story-post"
              aria-label={t('postBy', { ns: 'library', name: post.author.name })}
            >
              <PostCard post={post} locale={locale} variant="full" />
              <PostBadges post={post} />
            </article>
          ) : (
            <p className="notice">{t('missingPost')}</p>
          ))}
        {block.type === 'text' && <TextBlockContent block={block} editing={editing} />}
        {block.type === 'section' && <SectionBlockContent block={block} />}
      </div>
      <BlockToolbar
        blockId={block.id}
        index={index}
        total={total}
        notes={block.type === 'text' ? block.notes === true : undefined}
      />
    </>
  )
})

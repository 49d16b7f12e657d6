import { useDroppable } from '@dnd-kit/core'
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useCallback, useEffect, useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { Block } from '../../domain/block'
import { useEditorStore } from '../../store/editorStore'
import { selectActiveStory } from '../../store/selectors'
import { useRendererLocale } from '../hooks/useRendererLocale'
import { STORY_DROPZONE_ID } from './dragData'
import { useDropIndicator } from './DropIndicatorContext'
import { SortableBlockRow } from './SortableBlockRow'
import { StoryEmptyState } from './StoryEmptyState'

const ESTIMATED_HEIGHT: Record<Block['type'], number> = { post: 280, text: 120, section: 72 }
const NO_BLOCKS: readonly Block[] = []

/**
 * The story's blocks, virtualised: only rows near the viewport mount, so a story of thousands of
 * blocks drags as smoothly as one of ten. The sortable context still knows every id.
 */
export const StoryBlockList = () => {
  const { t } = useTranslation('story')
  const locale = useRendererLocale()
  const blocks = useEditorStore((state) => selectActiveStory(state)?.blocks ?? NO_BLOCKS)
  const posts = useEditorStore((state) => state.posts)
  const editingBlockId = useEditorStore((state) => state.editingBlockId)
  const dropIndex = useDropIndicator()
  const scrollRef = useRef<HTMLDivElement | null>(null)
  const { setNodeRef: setDropzoneRef } = useDroppable({ id: STORY_DROPZONE_ID })
  const ids = useMemo(() => blocks.map((block) => block.id), [blocks])

  const virtualizer = useVirtualizer({
    count: blocks.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => ESTIMATED_HEIGHT[blocks[index]?.type ?? 'post'],
    getItemKey: (index) => blocks[index]?.id ?? index,
    overscan: 6,
    gap: 12,
    paddingStart: 12,
    paddingEnd: 96,
    initialRect: { width: 720, height: 900 },
  })

  const setScrollRef = useCallback(
    (element: HTMLDivElement | null) => {
      scrollRef.current = element
      setDropzoneRef(element)
    },
    [setDropzoneRef],
  )

  const editingIndex = editingBlockId ? ids.indexOf(editingBlockId) : -1
  useEffect(() => {
    if (editingIndex !== -1) virtualizer.scrollToIndex(editingIndex, { align: 'auto' })
  }, [editingIndex, virtualizer])

  return (
    <div ref={setScrollRef} className="panel__scroll story-list__scroll" data-testid="story-scroll">
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <div
          role="list"
          aria-label={t('blocks')}
          className="story-list"
          style={{ height: virtualizer.getTotalSize() }}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const block = blocks[item.index]
            if (!block) return null
            return (
              <SortableBlockRow
                key={block.id}
                block={block}
                post={block.type === 'post' ? posts[block.postId] : undefined}
                index={item.index}
                total={blocks.length}
                top={item.start}
                editing={block.id === editingBlockId}
                dropBefore={dropIndex === item.index}
                locale={locale}
                measure={virtualizer.measureElement}
              />
            )
          })}
          {dropIndex !== null && dropIndex === blocks.length && blocks.length > 0 && (
            <div
              className="story-list__end-indicator"
              style={{ top: virtualizer.getTotalSize() - 90 }}
            />
          )}
        </div>
      </SortableContext>
      {blocks.length === 0 && <StoryEmptyState highlighted={dropIndex !== null} />}
    </div>
  )
}

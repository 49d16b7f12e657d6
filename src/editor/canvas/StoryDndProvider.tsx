import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MeasuringStrategy,
  useSensor,
  useSensors,
  type Active,
  type Announcements,
  type DragEndEvent,
  type DragMoveEvent,
  type DragStartEvent,
  type Over,
  type UniqueIdentifier,
} from '@dnd-kit/core'
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { indexOfBlock } from '../../domain/storyOps'
import { addPostToStory, moveBlock } from '../../store/actions/blockActions'
import { editorStore } from '../../store/editorStore'
import { selectActiveStory } from '../../store/selectors'
import { announce } from '../a11y/announce'
import { storyCollisionDetection } from './collisionDetection'
import { describeBlock } from './describeBlock'
import { readDragData, type DragData } from './dragData'
import { DragPreview } from './DragPreview'
import { DropIndicatorContext } from './DropIndicatorContext'
import { blockCount, dropIndexOf, targetIndex } from './dropTarget'
import { createStoryKeyboardCoordinates, keyboardInsertion } from './storyKeyboardCoordinates'
import { StoryPointerSensor } from './StoryPointerSensor'
import { usePointerPosition } from './usePointerPosition'

const POINTER_OPTIONS = { activationConstraint: { distance: 4 } }
const KEYBOARD_OPTIONS = { coordinateGetter: createStoryKeyboardCoordinates(blockCount) }

/** One drag-and-drop context for the library and the story, so posts can travel between them. */
export const StoryDndProvider = ({ children }: { children: ReactNode }) => {
  const { t } = useTranslation('story')
  const [activeDrag, setActiveDrag] = useState<DragData | null>(null)
  const [dropIndex, setDropIndex] = useState<number | null>(null)
  // The drop changes the story before dnd-kit asks for the drop announcement: remember the place.
  const droppedAt = useRef<{ position: number; total: number } | null>(null)
  const pointer = usePointerPosition()
  const sensors = useSensors(
    useSensor(StoryPointerSensor, POINTER_OPTIONS),
    useSensor(KeyboardSensor, KEYBOARD_OPTIONS),
  )
  const indexFor = useCallback(
    (data: DragData, event: { active: Active; over: Over | null }) =>
      data.kind === 'library-post' && keyboardInsertion.current !== null
        ? keyboardInsertion.current
        : targetIndex(data, event, pointer.current?.y),
    [pointer],
  )

  const nameOf = useCallback(
    (id: UniqueIdentifier, data: DragData | null): string => {
      if (data?.kind === 'library-post')
        return t('dnd.libraryPost', { name: data.post.author.name })
      const state = editorStore.getState()
      const block = selectActiveStory(state)?.blocks.find((candidate) => candidate.id === id)
      return block ? describeBlock(block, state.posts, t) : String(id)
    },
    [t],
  )

  const announcements = useMemo<Announcements>(() => {
    const position = (event: { active: Active; over: Over | null }) => {
      const data = readDragData(event.active.data.current)
      const index = data ? indexFor(data, event) : null
      const total = blockCount() + (data?.kind === 'library-post' ? 1 : 0)
      return index === null ? null : { position: index + 1, total }
    }
    return {
      onDragStart: ({ active }) =>
        t('dnd.pickedUp', { name: nameOf(active.id, readDragData(active.data.current)) }),
      onDragOver: (event) => {
        const name = nameOf(event.active.id, readDragData(event.active.data.current))
        const where = position(event)
        return where ? t('dnd.movedOver', { name, ...where }) : t('dnd.movedOutside', { name })
      },
      onDragEnd: (event) => {
        const name = nameOf(event.active.id, readDragData(event.active.data.current))
        const where = droppedAt.current
        return where ? t('dnd.dropped', { name, ...where }) : t('dnd.droppedOutside', { name })
      },
      onDragCancel: ({ active }) =>
        t('dnd.cancelled', { name: nameOf(active.id, readDragData(active.data.current)) }),
    }
  }, [indexFor, nameOf, t])

  const onDragStart = (event: DragStartEvent) =>
    setActiveDrag(readDragData(event.active.data.current))

  const showDropIndex = (event: DragMoveEvent) => {
    const data = readDragData(event.active.data.current)
    const next = data?.kind === 'library-post' ? indexFor(data, event) : null
    setDropIndex((previous) => (previous === next ? previous : next))
  }

  const onDragMove = (event: DragMoveEvent) => {
    showDropIndex(event)
    // dnd-kit speaks only when the geometric "over" changes; a keyboard insertion point moves
    // between blocks without changing it, so it is announced here.
    const data = readDragData(event.active.data.current)
    if (data?.kind === 'library-post' && keyboardInsertion.current !== null) {
      announce(
        t('dnd.movedOver', {
          name: nameOf(event.active.id, data),
          position: keyboardInsertion.current + 1,
          total: blockCount() + 1,
        }),
      )
    }
  }

  const reset = () => {
    keyboardInsertion.current = null
    setActiveDrag(null)
    setDropIndex(null)
  }

  /** The drop is the one moment the story changes, so a whole drag is one undo step. */
  const onDragEnd = (event: DragEndEvent) => {
    const keyboardIndex = keyboardInsertion.current
    reset()
    droppedAt.current = null
    const data = readDragData(event.active.data.current)
    if (!data) return
    const index =
      data.kind === 'library-post' && keyboardIndex !== null
        ? keyboardIndex
        : dropIndexOf(data, event, pointer.current)
    droppedAt.current =
      index === null
        ? null
        : { position: index + 1, total: blockCount() + (data.kind === 'library-post' ? 1 : 0) }
    if (index === null) return
    if (data.kind === 'library-post') {
      addPostToStory(data.post, index)
      return
    }
    const story = selectActiveStory(editorStore.getState())
    if (story) moveBlock(indexOfBlock(story, data.blockId), index)
  }

  return (
    <DndContext
      sensors={sensors}
      // Rows mount and unmount as the list scrolls: measure them continuously (only ~15 are mounted).
      measuring={{ droppable: { strategy: MeasuringStrategy.Always } }}
      collisionDetection={storyCollisionDetection}
      accessibility={{
        announcements,
        screenReaderInstructions: { draggable: t('dnd.instructions') },
      }}
      onDragStart={onDragStart}
      onDragMove={onDragMove}
      // dnd-kit also reports the first "over" right at pick-up, before the pointer moved.
      onDragOver={showDropIndex}
      onDragEnd={onDragEnd}
      onDragCancel={reset}
    >
      <DropIndicatorContext.Provider value={dropIndex}>{children}</DropIndicatorContext.Provider>
      <DragOverlay dropAnimation={null}>
        {activeDrag ? <DragPreview drag={activeDrag} /> : null}
      </DragOverlay>
    </DndContext>
  )
}

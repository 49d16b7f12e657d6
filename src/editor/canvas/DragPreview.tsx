import { useTranslation } from 'react-i18next'
import { useEditorStore } from '../../store/editorStore'
import { selectActiveStory } from '../../store/selectors'
import { describeBlock } from './describeBlock'
import type { DragData } from './dragData'

/** A light stand-in that follows the pointer: cheap to move, unlike a full card. */
export const DragPreview = ({ drag }: { drag: DragData }) => {
  const { t } = useTranslation('story')
  const label = useEditorStore((state) => {
    if (drag.kind === 'library-post') return t('dnd.libraryPost', { name: drag.post.author.name })
    const block = selectActiveStory(state)?.blocks.find(
      (candidate) => candidate.id === drag.blockId,
    )
    return block ? describeBlock(block, state.posts, t) : ''
  })
  const excerpt = drag.kind === 'library-post' ? drag.post.text.slice(0, 140) : null
  return (
    <div className="drag-preview">
      <strong>{label}</strong>
      {excerpt && <p>{excerpt}</p>}
    </div>
  )
}

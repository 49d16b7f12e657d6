import type { BlockId } from '../../domain/block'
import type { Post } from '../../domain/post'

/** What is being dragged: a copy of a library post, or a block of the story. */
export type DragData = { kind: 'library-post'; post: Post } | { kind: 'block'; blockId: BlockId }

export const STORY_DROPZONE_ID = 'story-dropzone'

export const libraryDraggableId = (post: Post) => `library:${post.id}`

export const readDragData = (data: unknown): DragData | null => {
  if (typeof data !== 'object' || data === null || !('kind' in data)) return null
  const kind = (data as { kind: unknown }).kind
  return kind === 'library-post' || kind === 'block' ? (data as DragData) : null
}

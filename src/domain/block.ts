import type { PostId } from './post'
import type { RichTextDoc } from './richText'

export type BlockId = string

/** One item of a story, in reading order. Adding a type must be handled by every mapping. */
export type Block =
  | { id: BlockId; type: 'post'; postId: PostId }
  | {
      id: BlockId
      type: 'text'
      content: RichTextDoc
      /** Speaker notes: shown to the presenter beside the slide before it, never to readers. */
      notes?: boolean
    }
  | { id: BlockId; type: 'section'; title: string }

export type BlockType = Block['type']
export type BlockOf<T extends BlockType> = Extract<Block, { type: T }>

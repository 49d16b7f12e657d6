import type { Block, BlockId } from '../../domain/block'
import { createPostBlock, createSectionBlock, createTextBlock } from '../../domain/blockFactory'
import type { Post } from '../../domain/post'
import type { RichTextDoc } from '../../domain/richText'
import {
  duplicateBlock as duplicateBlockIn,
  indexOfBlock,
  insertBlock,
  moveBlock as moveBlockIn,
  removeBlock as removeBlockIn,
  replaceBlock,
} from '../../domain/storyOps'
import { commitDocument, editorStore } from '../editorStore'
import { showToast } from './uiActions'
import { nowIso, updateActiveStory } from './updateActiveStory'

const activeStory = () => {
  const { stories, activeStoryId } = editorStore.getState()
  return activeStoryId ? stories[activeStoryId] : undefined
}

const insertIntoActiveStory = (block: Block, index?: number, post?: Post): boolean =>
  commitDocument((document) => {
    const next = updateActiveStory(document, (story) =>
      insertBlock(story, block, index ?? story.blocks.length, nowIso()),
    )
    if (next === document || !post || document.posts[post.id] === post) return next
    return { ...next, posts: { ...document.posts, [post.id]: post } }
  })

/** Copies the post snapshot into the document and places it in the open story. */
export const addPostToStory = (post: Post, index?: number): BlockId | null => {
  const block = createPostBlock(post.id)
  return insertIntoActiveStory(block, index, post) ? block.id : null
}

export const addTextBlock = (index?: number): BlockId | null => {
  const block = createTextBlock()
  if (!insertIntoActiveStory(block, index)) return null
  editorStore.setState({ editingBlockId: block.id, preview: false })
  return block.id
}

export const addSectionBlock = (index?: number): BlockId | null => {
  const block = createSectionBlock()
  return insertIntoActiveStory(block, index) ? block.id : null
}

export const moveBlock = (from: number, to: number) =>
  commitDocument((document) =>
    updateActiveStory(document, (story) => moveBlockIn(story, from, to, nowIso())),
  )

export const moveBlockBy = (blockId: BlockId, delta: number) => {
  const story = activeStory()
  if (!story) return false
  const index = indexOfBlock(story, blockId)
  return index !== -1 && moveBlock(index, index + delta)
}

export const removeBlock = (blockId: BlockId) => {
  const removed = commitDocument((document) =>
    updateActiveStory(document, (story) => removeBlockIn(story, blockId, nowIso())),
  )
  if (removed) {
    if (editorStore.getState().editingBlockId === blockId)
      editorStore.setState({ editingBlockId: null })
    showToast('blockRemoved', true)
  }
  return removed
}

export const duplicateBlock = (blockId: BlockId) =>
  commitDocument((document) =>
    updateActiveStory(document, (story) => duplicateBlockIn(story, blockId, nowIso())),
  )

const updateBlock = (blockId: BlockId, update: (block: Block) => Block, coalesceKey?: string) =>
  commitDocument(
    (document) =>
      updateActiveStory(document, (story) => {
        const block = story.blocks[indexOfBlock(story, blockId)]
        if (!block) return story
        const next = update(block)
        return next === block ? story : replaceBlock(story, next, nowIso())
      }),
    coalesceKey === undefined ? {} : { coalesceKey },
  )

/** Typing: consecutive updates of one block within a burst are one undo step. */
export const updateTextBlock = (blockId: BlockId, content: RichTextDoc) =>
  updateBlock(
    blockId,
    (block) =>
      block.type === 'text' && JSON.stringify(block.content) !== JSON.stringify(content)
        ? { ...block, content }
        : block,
    `text:${blockId}`,
  )

export const renameSection = (blockId: BlockId, title: string) =>
  updateBlock(
    blockId,
    (block) => (block.type === 'section' && block.title !== title ? { ...block, title } : block),
    `section:${blockId}`,
  )

/** Marks a text block as speaker notes (or back): one undo step of its own. */
export const setTextBlockNotes = (blockId: BlockId, notes: boolean) =>
  updateBlock(blockId, (block) => {
    if (block.type !== 'text' || (block.notes === true) === notes) return block
    if (notes) return { ...block, notes: true }
    const { notes: _removed, ...rest } = block
    return rest
  })

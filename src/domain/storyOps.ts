import type { Block, BlockId } from './block'
import { newId } from './newId'
import type { Story, StoryId } from './story'

/**
 * Pure story operations. Each returns a new story (or the same one when nothing changes,
 * so callers can skip a history step), and never mutates its input.
 */

const clampIndex = (index: number, length: number) =>
  Math.max(0, Math.min(length, Math.trunc(index)))

const touched = (story: Story, blocks: Block[], now: string): Story => ({
  ...story,
  blocks,
  updatedAt: now,
})

export const createStory = (title: string, now: string, id: StoryId = newId()): Story => ({
  id,
  title,
  blocks: [],
  createdAt: now,
  updatedAt: now,
})

export const indexOfBlock = (story: Story, blockId: BlockId): number =>
  story.blocks.findIndex((block) => block.id === blockId)

/** Inserts at `index` (clamped); a block whose id is already in the story is refused. */
export const insertBlock = (story: Story, block: Block, index: number, now: string): Story => {
  if (indexOfBlock(story, block.id) !== -1) return story
  const at = clampIndex(index, story.blocks.length)
  return touched(story, [...story.blocks.slice(0, at), block, ...story.blocks.slice(at)], now)
}

export const moveBlock = (story: Story, from: number, to: number, now: string): Story => {
  const length = story.blocks.length
  if (!Number.isInteger(from) || from < 0 || from >= length || Number.isNaN(to)) return story
  const target = Math.max(0, Math.min(length - 1, Math.trunc(to)))
  if (from === target) return story
  const blocks = [...story.blocks]
  const [moved] = blocks.splice(from, 1)
  blocks.splice(target, 0, moved as Block)
  return touched(story, blocks, now)
}

export const removeBlock = (story: Story, blockId: BlockId, now: string): Story => {
  const index = indexOfBlock(story, blockId)
  if (index === -1) return story
  return touched(
    story,
    story.blocks.filter((block) => block.id !== blockId),
    now,
  )
}

/** A copy of the block right after it, with a fresh id. */
export const duplicateBlock = (
  story: Story,
  blockId: BlockId,
  now: string,
  copyId: BlockId = newId(),
): Story => {
  const index = indexOfBlock(story, blockId)
  const original = story.blocks[index]
  if (!original) return story
  const copy: Block = structuredClone({ ...original, id: copyId })
  return insertBlock(story, copy, index + 1, now)
}

/** Replaces a block by id, keeping its id and position. */
export const replaceBlock = (story: Story, block: Block, now: string): Story => {
  const index = indexOfBlock(story, block.id)
  if (index === -1 || story.blocks[index] === block) return story
  const blocks = [...story.blocks]
  blocks[index] = block
  return touched(story, blocks, now)
}

export const renameStory = (story: Story, title: string, now: string): Story =>
  story.title === title ? story : { ...story, title, updatedAt: now }

/** A full copy with new story and block ids; posts are shared snapshots, so they are not copied. */
export const duplicateStory = (
  story: Story,
  title: string,
  now: string,
  id: StoryId = newId(),
): Story => ({
  ...structuredClone(story),
  id,
  title,
  blocks: story.blocks.map((block) => ({ ...structuredClone(block), id: newId() })),
  createdAt: now,
  updatedAt: now,
})

export const postIdsOf = (story: Story): string[] =>
  story.blocks.flatMap((block) => (block.type === 'post' ? [block.postId] : []))

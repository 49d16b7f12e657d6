import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Block, BlockId } from './block'
import { createPostBlock, createSectionBlock, createTextBlock } from './blockFactory'
import { richTextFromPlainText } from './richText'
import type { Story } from './story'
import {
  createStory,
  duplicateBlock,
  duplicateStory,
  indexOfBlock,
  insertBlock,
  moveBlock,
  postIdsOf,
  removeBlock,
  renameStory,
  replaceBlock,
} from './storyOps'
import {
  blockArb,
  blockIds,
  deepFreeze,
  LATER,
  makeStory,
  moveOpArb,
  NOW,
  storyArb,
  storyOpArb,
  type StoryOp,
} from './testArbitraries'

/** A frozen story plus a deep copy to compare against after an operation ran. */
const frozenStory = (story: Story = makeStory()) => {
  const snapshot = structuredClone(story)
  return { story: deepFreeze(story), snapshot }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

describe('createStory', () => {
  it('creates an empty story stamped with the given time', () => {
    expect(createStory('Trip', NOW, 'story-9')).toEqual({
      id: 'story-9',
      title: 'Trip',
      blocks: [],
      createdAt: NOW,
      updatedAt: NOW,
    })
  })

  it('gives each new story a fresh id by default', () => {
    const first = createStory('A', NOW)
    const second = createStory('A', NOW)
    expect(first.id).toMatch(UUID)
    expect(second.id).not.toBe(first.id)
  })
})

describe('insertBlock', () => {
  const block = createSectionBlock('Evening', 'b-new')

  it.each([
    [0, ['b-new', 'b-section', 'b-post', 'b-text']],
    [1, ['b-section', 'b-new', 'b-post', 'b-text']],
    [3, ['b-section', 'b-post', 'b-text', 'b-new']],
  ])('inserts at index %i', (index, expected) => {
    const { story, snapshot } = frozenStory()
    const next = insertBlock(story, block, index, LATER)
    expect(blockIds(next)).toEqual(expected)
    expect(next.blocks[index]).toBe(block)
    expect(next.updatedAt).toBe(LATER)
    expect(next.createdAt).toBe(NOW)
    expect(story).toEqual(snapshot)
  })

  it.each([
    [-1, 0],
    [-1000, 0],
    [Number.NEGATIVE_INFINITY, 0],
    [4, 3],
    [99, 3],
    [Number.POSITIVE_INFINITY, 3],
    [1.9, 1],
  ])('clamps (and truncates) index %d to %i', (index, at) => {
    const { story } = frozenStory()
    expect(indexOfBlock(insertBlock(story, block, index, LATER), 'b-new')).toBe(at)
  })

  it('inserts into an empty story', () => {
    const story = deepFreeze(createStory('Empty', NOW, 's'))
    expect(insertBlock(story, block, 5, LATER).blocks).toEqual([block])
  })

  it('refuses a block whose id is already in the story, returning the same story', () => {
    const { story, snapshot } = frozenStory()
    const clash = createTextBlock(richTextFromPlainText('clash'), 'b-post')
    expect(insertBlock(story, clash, 0, LATER)).toBe(story)
    expect(story).toEqual(snapshot)
  })
})

describe('moveBlock', () => {
  it('moves a block forwards and backwards', () => {
    const { story, snapshot } = frozenStory()
    expect(blockIds(moveBlock(story, 0, 2, LATER))).toEqual(['b-post', 'b-text', 'b-section'])
    expect(blockIds(moveBlock(story, 2, 0, LATER))).toEqual(['b-text', 'b-section', 'b-post'])
    expect(blockIds(moveBlock(story, 1, 2, LATER))).toEqual(['b-section', 'b-text', 'b-post'])
    expect(moveBlock(story, 0, 1, LATER).updatedAt).toBe(LATER)
    expect(story).toEqual(snapshot)
  })

  it('clamps an out-of-range target', () => {
    const { story } = frozenStory()
    expect(blockIds(moveBlock(story, 0, 99, LATER))).toEqual(['b-post', 'b-text', 'b-section'])
    expect(blockIds(moveBlock(story, 2, -5, LATER))).toEqual(['b-text', 'b-section', 'b-post'])
    expect(blockIds(moveBlock(story, 0, Number.POSITIVE_INFINITY, LATER))).toEqual([
      'b-post',
      'b-text',
      'b-section',
    ])
  })

  it.each([
    ['an out-of-range source', 3, 0],
    ['a negative source', -1, 0],
    ['an infinite source', Number.POSITIVE_INFINITY, 0],
    ['the same index', 1, 1],
    ['a target clamped onto the source (end)', 2, 50],
    ['a target clamped onto the source (start)', 0, -50],
  ])('returns the same story for %s', (_label, from, to) => {
    const { story, snapshot } = frozenStory()
    expect(moveBlock(story, from, to, LATER)).toBe(story)
    expect(story).toEqual(snapshot)
  })

  it('returns the same story when the story is empty', () => {
    const story = deepFreeze(createStory('Empty', NOW, 's'))
    expect(moveBlock(story, 0, 0, LATER)).toBe(story)
  })
})

describe('removeBlock', () => {
  it('removes a block by id and keeps the others in order', () => {
    const { story, snapshot } = frozenStory()
    const next = removeBlock(story, 'b-post', LATER)
    expect(blockIds(next)).toEqual(['b-section', 'b-text'])
    expect(next.blocks[0]).toBe(story.blocks[0])
    expect(next.updatedAt).toBe(LATER)
    expect(story).toEqual(snapshot)
  })

  it('returns the same story for an unknown id', () => {
    const { story } = frozenStory()
    expect(removeBlock(story, 'nope', LATER)).toBe(story)
    expect(removeBlock(story, '', LATER)).toBe(story)
  })

  it('can empty a story', () => {
    const { story } = frozenStory()
    const empty = ['b-section', 'b-post', 'b-text'].reduce(
      (current, id) => removeBlock(current, id, LATER),
      story,
    )
    expect(empty.blocks).toEqual([])
  })
})

describe('duplicateBlock', () => {
  it('puts a deep copy with the given id right after the original', () => {
    const { story, snapshot } = frozenStory()
    const next = duplicateBlock(story, 'b-text', LATER, 'b-copy')
    expect(blockIds(next)).toEqual(['b-section', 'b-post', 'b-text', 'b-copy'])
    const [original, copy] = [next.blocks[2], next.blocks[3]]
    expect(copy).toEqual({ ...original, id: 'b-copy' })
    if (original?.type !== 'text' || copy?.type !== 'text') throw new Error('expected text blocks')
    expect(copy.content).not.toBe(original.content)
    expect(next.updatedAt).toBe(LATER)
    expect(story).toEqual(snapshot)
  })

  it('duplicates a block in the middle', () => {
    const { story } = frozenStory()
    expect(blockIds(duplicateBlock(story, 'b-section', LATER, 'b-copy'))).toEqual([
      'b-section',
      'b-copy',
      'b-post',
      'b-text',
    ])
  })

  it('gives the copy a fresh id by default', () => {
    const { story } = frozenStory()
    const next = duplicateBlock(story, 'b-post', LATER)
    const copy = next.blocks[2]
    expect(copy?.id).toMatch(UUID)
    expect(copy).toEqual({ type: 'post', postId: 'sample:1', id: copy?.id })
  })

  it('returns the same story for an unknown id', () => {
    const { story } = frozenStory()
    expect(duplicateBlock(story, 'nope', LATER, 'b-copy')).toBe(story)
  })

  it('returns the same story when the copy id is already taken', () => {
    const { story } = frozenStory()
    expect(duplicateBlock(story, 'b-post', LATER, 'b-text')).toBe(story)
    expect(duplicateBlock(story, 'b-post', LATER, 'b-post')).toBe(story)
  })
})

describe('replaceBlock', () => {
  it('replaces a block by id, keeping its position', () => {
    const { story, snapshot } = frozenStory()
    const renamed = createSectionBlock('Noon', 'b-section')
    const next = replaceBlock(story, renamed, LATER)
    expect(blockIds(next)).toEqual(blockIds(story))
    expect(next.blocks[0]).toBe(renamed)
    expect(next.blocks[1]).toBe(story.blocks[1])
    expect(next.updatedAt).toBe(LATER)
    expect(story).toEqual(snapshot)
  })

  it('may change the type of the block', () => {
    const { story } = frozenStory()
    const text = createTextBlock(richTextFromPlainText('now a note'), 'b-post')
    expect(replaceBlock(story, text, LATER).blocks[1]).toBe(text)
  })

  it('returns the same story for an unknown id or the very same block', () => {
    const { story } = frozenStory()
    expect(replaceBlock(story, createSectionBlock('x', 'nope'), LATER)).toBe(story)
    expect(replaceBlock(story, story.blocks[2] as Block, LATER)).toBe(story)
  })
})

describe('renameStory', () => {
  it('renames and stamps the story, sharing its blocks', () => {
    const { story, snapshot } = frozenStory()
    const next = renameStory(story, 'A night at the lake', LATER)
    expect(next.title).toBe('A night at the lake')
    expect(next.updatedAt).toBe(LATER)
    expect(next.blocks).toBe(story.blocks)
    expect(story).toEqual(snapshot)
  })

  it('returns the same story when the title does not change', () => {
    const { story } = frozenStory()
    expect(renameStory(story, story.title, LATER)).toBe(story)
  })

  it('accepts an empty title', () => {
    const { story } = frozenStory()
    expect(renameStory(story, '', LATER).title).toBe('')
  })
})

describe('duplicateStory', () => {
  it('copies everything under new story and block ids', () => {
    const { story, snapshot } = frozenStory()
    const copy = duplicateStory(story, 'Copy', LATER, 'story-2')
    expect(copy.id).toBe('story-2')
    expect(copy.title).toBe('Copy')
    expect(copy.createdAt).toBe(LATER)
    expect(copy.updatedAt).toBe(LATER)
    expect(copy.blocks).toHaveLength(story.blocks.length)
    copy.blocks.forEach((block, index) => {
      const original = story.blocks[index] as Block
      expect(block.id).toMatch(UUID)
      expect(block.id).not.toBe(original.id)
      expect(block).not.toBe(original)
      expect({ ...block, id: original.id }).toEqual(original)
    })
    expect(postIdsOf(copy)).toEqual(postIdsOf(story))
    expect(story).toEqual(snapshot)
  })

  it('shares no objects with the original', () => {
    const { story } = frozenStory()
    const copy = duplicateStory(story, 'Copy', LATER)
    expect(copy.blocks).not.toBe(story.blocks)
    const [textCopy, text] = [copy.blocks[2], story.blocks[2]]
    if (textCopy?.type !== 'text' || text?.type !== 'text') throw new Error('expected text blocks')
    expect(textCopy.content).not.toBe(text.content)
    expect(Object.isFrozen(copy)).toBe(false)
  })

  it('gives the copy a fresh story id by default', () => {
    const { story } = frozenStory()
    expect(duplicateStory(story, 'Copy', LATER).id).toMatch(UUID)
  })
})

describe('postIdsOf', () => {
  it('lists the posts a story shows, in order, repeats included', () => {
    let story = makeStory()
    story = insertBlock(story, createPostBlock('sample:0', 'b-0'), 0, LATER)
    story = insertBlock(story, createPostBlock('sample:1', 'b-again'), 99, LATER)
    expect(postIdsOf(story)).toEqual(['sample:0', 'sample:1', 'sample:1'])
  })

  it('is empty for a story without posts', () => {
    expect(postIdsOf(createStory('Empty', NOW))).toEqual([])
    expect(postIdsOf(removeBlock(makeStory(), 'b-post', LATER))).toEqual([])
  })
})

/* ----------------------------------------------------------------------------------------------
 * Properties
 * -------------------------------------------------------------------------------------------- */

const MISSING = '\u0000missing-block'

const pickId = (story: Story, pick: number): BlockId =>
  story.blocks[pick % Math.max(1, story.blocks.length)]?.id ?? MISSING

const applyOp = (story: Story, op: StoryOp): Story => {
  switch (op.kind) {
    case 'insert':
      return insertBlock(story, op.block, op.index, LATER)
    case 'move':
      return moveBlock(story, op.from, op.to, LATER)
    case 'remove':
      return removeBlock(story, op.unknown ? MISSING : pickId(story, op.pick), LATER)
    case 'duplicate':
      return duplicateBlock(story, pickId(story, op.pick), LATER, op.copyId)
  }
}

/** A reference model of the block order, written independently of storyOps. */
const modelOp = (ids: readonly BlockId[], op: StoryOp, story: Story): BlockId[] => {
  const next = [...ids]
  const clamp = (n: number, max: number) => (n < 0 ? 0 : n > max ? max : Math.trunc(n))
  switch (op.kind) {
    case 'insert':
      if (!ids.includes(op.block.id)) next.splice(clamp(op.index, ids.length), 0, op.block.id)
      return next
    case 'move': {
      if (op.from < 0 || op.from >= ids.length) return next
      const [moved] = next.splice(op.from, 1)
      next.splice(clamp(op.to, ids.length - 1), 0, moved as BlockId)
      return next
    }
    case 'remove': {
      const id = op.unknown ? MISSING : pickId(story, op.pick)
      return next.filter((item) => item !== id)
    }
    case 'duplicate': {
      const index = ids.indexOf(pickId(story, op.pick))
      if (index !== -1 && !ids.includes(op.copyId)) next.splice(index + 1, 0, op.copyId)
      return next
    }
  }
}

const sameOrder = (a: readonly BlockId[], b: readonly BlockId[]) =>
  a.length === b.length && a.every((id, index) => id === b[index])

describe('story operations (properties)', () => {
  it('follow a reference model, keep ids unique and never mutate their input', () => {
    fc.assert(
      fc.property(storyArb(), fc.array(storyOpArb, { maxLength: 25 }), (initial, ops) => {
        const snapshot = structuredClone(initial)
        let story = deepFreeze(initial)
        for (const op of ops) {
          const before = structuredClone(story)
          const expected = modelOp(blockIds(story), op, story)
          const next = applyOp(story, op)
          expect(blockIds(next)).toEqual(expected)
          expect(new Set(blockIds(next)).size).toBe(next.blocks.length)
          if (sameOrder(expected, blockIds(story))) {
            // Nothing changed: the very same object comes back, so no history step is taken.
            expect(next).toBe(story)
          } else {
            expect(next).not.toBe(story)
            expect(next.updatedAt).toBe(LATER)
          }
          expect(story).toEqual(before)
          story = deepFreeze(next)
        }
        expect(initial).toEqual(snapshot)
      }),
    )
  })

  it('a sequence of moves keeps the same blocks, merely reordered', () => {
    fc.assert(
      fc.property(storyArb(), fc.array(moveOpArb, { maxLength: 20 }), (initial, ops) => {
        const story = ops.reduce(applyOp, deepFreeze(initial))
        expect([...blockIds(story)].sort()).toEqual([...blockIds(initial)].sort())
        const originals = new Set<Block>(initial.blocks)
        expect(story.blocks.every((block) => originals.has(block))).toBe(true)
      }),
    )
  })

  it('inserting then removing a block gives back the same blocks', () => {
    fc.assert(
      fc.property(
        storyArb(),
        blockArb('inserted-block-under-test'),
        fc.integer({ min: -5, max: 15 }),
        (initial, block, index) => {
          const story = deepFreeze(initial)
          const inserted = insertBlock(story, block, index, LATER)
          const removed = removeBlock(inserted, block.id, LATER)
          expect(removed.blocks).toEqual(story.blocks)
          removed.blocks.forEach((item, at) => expect(item).toBe(story.blocks[at]))
        },
      ),
    )
  })

  it('moveBlock(from, to) then moveBlock(to, from) restores the order', () => {
    fc.assert(
      fc.property(
        storyArb({ minBlocks: 1 }).chain((story) =>
          fc.tuple(
            fc.constant(story),
            fc.nat({ max: story.blocks.length - 1 }),
            fc.nat({ max: story.blocks.length - 1 }),
          ),
        ),
        ([initial, from, to]) => {
          const story = deepFreeze(initial)
          const back = moveBlock(moveBlock(story, from, to, LATER), to, from, LATER)
          expect(blockIds(back)).toEqual(blockIds(story))
          if (from === to) expect(back).toBe(story)
        },
      ),
    )
  })

  it('a move to an out-of-range target is undone by moving the block back from where it landed', () => {
    fc.assert(
      fc.property(
        storyArb({ minBlocks: 1 }).chain((story) =>
          fc.tuple(fc.constant(story), fc.nat({ max: story.blocks.length - 1 }), fc.integer()),
        ),
        ([initial, from, to]) => {
          const story = deepFreeze(initial)
          const moved = moveBlock(story, from, to, LATER)
          const landed = indexOfBlock(moved, story.blocks[from]?.id ?? MISSING)
          expect(landed).toBe(Math.max(0, Math.min(story.blocks.length - 1, to)))
          expect(blockIds(moveBlock(moved, landed, from, LATER))).toEqual(blockIds(story))
        },
      ),
    )
  })

  it('duplicateStory gives fresh, unique block ids and equal content', () => {
    fc.assert(
      fc.property(storyArb(), (initial) => {
        const story = deepFreeze(initial)
        const copy = duplicateStory(story, 'Copy', LATER, 'copy-id')
        const ids = blockIds(copy)
        expect(new Set(ids).size).toBe(ids.length)
        expect(ids.some((id) => blockIds(story).includes(id))).toBe(false)
        expect(copy.blocks.map(({ id: _id, ...rest }) => rest)).toEqual(
          story.blocks.map(({ id: _id, ...rest }) => rest),
        )
      }),
    )
  })
})

import fc from 'fast-check'
import { beforeEach, describe, expect, it } from 'vitest'
import { richTextFromPlainText } from '../../domain/richText'
import { SAMPLE_POSTS } from '../../sample/samplePosts'
import { resetEditorStore } from '../../test/resetEditorStore'
import { editorStore, selectDocument } from '../editorStore'
import { selectActiveStory } from '../selectors'
import {
  addPostToStory,
  addSectionBlock,
  addTextBlock,
  duplicateBlock,
  moveBlock,
  moveBlockBy,
  removeBlock,
  renameSection,
  updateTextBlock,
} from './blockActions'
import { redoChange, undoChange } from './historyActions'

const blocks = () => selectActiveStory(editorStore.getState())?.blocks ?? []
const steps = () => editorStore.getState().history.past.length
const [first, second, third] = SAMPLE_POSTS

describe('block actions', () => {
  beforeEach(() => {
    resetEditorStore()
  })

  it('adds a post snapshot and its block in one undo step', () => {
    const blockId = addPostToStory(first!)
    expect(blocks()).toEqual([{ id: blockId, type: 'post', postId: first!.id }])
    expect(editorStore.getState().posts[first!.id]).toBe(first)
    expect(steps()).toBe(1)
    undoChange()
    expect(blocks()).toEqual([])
    redoChange()
    expect(blocks()).toHaveLength(1)
  })

  it('inserts at a position', () => {
    addPostToStory(first!)
    addPostToStory(second!)
    addPostToStory(third!, 1)
    expect(blocks().map((block) => (block.type === 'post' ? block.postId : block.type))).toEqual([
      first!.id,
      third!.id,
      second!.id,
    ])
  })

  it('a move is one step; a move that changes nothing records none', () => {
    addPostToStory(first!)
    addPostToStory(second!)
    const before = steps()
    expect(moveBlock(0, 1)).toBe(true)
    expect(steps()).toBe(before + 1)
    expect(moveBlock(1, 1)).toBe(false)
    expect(moveBlockBy(blocks()[0]!.id, -1)).toBe(false)
    expect(steps()).toBe(before + 1)
  })

  it('typing in one block coalesces into one step', () => {
    const id = addTextBlock()!
    expect(editorStore.getState().editingBlockId).toBe(id)
    const before = steps()
    updateTextBlock(id, richTextFromPlainText('H'))
    updateTextBlock(id, richTextFromPlainText('He'))
    updateTextBlock(id, richTextFromPlainText('Hello'))
    expect(steps()).toBe(before + 1)
    undoChange()
    const block = blocks()[0]
    expect(block?.type === 'text' && block.content.content[0]?.content).toBeUndefined()
  })

  it('an identical text update records nothing', () => {
    const id = addTextBlock()!
    updateTextBlock(id, richTextFromPlainText('Same'))
    const before = steps()
    expect(updateTextBlock(id, richTextFromPlainText('Same'))).toBe(false)
    expect(steps()).toBe(before)
  })

  it('removes with an undoable toast and stops editing the removed block', () => {
    const id = addTextBlock()!
    removeBlock(id)
    expect(blocks()).toEqual([])
    expect(editorStore.getState().editingBlockId).toBeNull()
    expect(editorStore.getState().toast).toMatchObject({ kind: 'blockRemoved', undoable: true })
    undoChange()
    expect(blocks()).toHaveLength(1)
  })

  it('duplicates a block right after it with a new id', () => {
    const id = addSectionBlock()!
    renameSection(id, 'Morning')
    duplicateBlock(id)
    expect(blocks()).toHaveLength(2)
    expect(blocks()[1]).toMatchObject({ type: 'section', title: 'Morning' })
    expect(blocks()[1]!.id).not.toBe(id)
  })

  it('property: any sequence of edits undone fully returns the first document; undo after redo is the same state', () => {
    const action = fc.oneof(
      fc.record({
        kind: fc.constant('add' as const),
        post: fc.nat(SAMPLE_POSTS.length - 1),
        at: fc.nat(20),
      }),
      fc.record({ kind: fc.constant('text' as const), at: fc.nat(20) }),
      fc.record({ kind: fc.constant('move' as const), from: fc.nat(20), to: fc.nat(20) }),
      fc.record({ kind: fc.constant('remove' as const), at: fc.nat(20) }),
      fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(20) }),
    )
    fc.assert(
      fc.property(fc.array(action, { maxLength: 25 }), fc.nat(30), (actions, undoCount) => {
        resetEditorStore()
        const initial = selectDocument(editorStore.getState())
        for (const item of actions) {
          const current = blocks()
          if (item.kind === 'add') addPostToStory(SAMPLE_POSTS[item.post]!, item.at)
          if (item.kind === 'text') addTextBlock(item.at)
          if (item.kind === 'move') moveBlock(item.from, item.to)
          const target = current[item.kind === 'remove' || item.kind === 'duplicate' ? item.at : -1]
          if (target && item.kind === 'remove') removeBlock(target.id)
          if (target && item.kind === 'duplicate') duplicateBlock(target.id)
          const ids = blocks().map((block) => block.id)
          expect(new Set(ids).size).toBe(ids.length)
        }
        for (let step = 0; step < undoCount; step += 1) undoChange()
        const beforeRedo = selectDocument(editorStore.getState())
        if (redoChange()) {
          undoChange()
          expect(selectDocument(editorStore.getState())).toEqual(beforeRedo)
        }
        while (undoChange());
        expect(selectDocument(editorStore.getState()).stories).toEqual(initial.stories)
      }),
      { numRuns: 120 },
    )
  })
})

import { beforeEach, describe, expect, it } from 'vitest'
import type { SourceCheck } from '../../domain/post'
import { SAMPLE_POSTS } from '../../sample/samplePosts'
import { resetEditorStore } from '../../test/resetEditorStore'
import { editorStore } from '../editorStore'
import { selectActiveStory } from '../selectors'
import { addPostToStory, addTextBlock } from './blockActions'
import { redoChange, undoChange } from './historyActions'
import { recordSourceChecks } from './recordSourceChecks'
import { setDeletedPostPolicy } from './setDeletedPostPolicy'

const [first, second] = SAMPLE_POSTS
const deleted: SourceCheck = { state: 'deleted', checkedAt: '2026-11-25T12:00:00.000Z' }

describe('recordSourceChecks', () => {
  beforeEach(() => resetEditorStore())

  it('writes sourceCheck beside the snapshot, which stays as it was, and adds no undo step', () => {
    addPostToStory(first!)
    const steps = editorStore.getState().history.past.length
    recordSourceChecks(new Map([[first!.id, deleted]]))
    const stored = editorStore.getState().posts[first!.id]!
    expect(stored.sourceCheck).toEqual(deleted)
    expect({ ...stored, sourceCheck: undefined }).toEqual({ ...first!, sourceCheck: undefined })
    expect(editorStore.getState().history.past).toHaveLength(steps)
  })

  it('survives undo and redo of earlier edits', () => {
    addPostToStory(first!)
    addPostToStory(second!)
    recordSourceChecks(new Map([[first!.id, deleted]]))
    undoChange()
    expect(editorStore.getState().posts[first!.id]?.sourceCheck).toEqual(deleted)
    redoChange()
    expect(editorStore.getState().posts[first!.id]?.sourceCheck).toEqual(deleted)
  })

  it('ignores posts the document does not hold', () => {
    addTextBlock()
    const before = editorStore.getState().posts
    recordSourceChecks(new Map([['nobody:1', deleted]]))
    expect(editorStore.getState().posts).toBe(before)
  })
})

describe('setDeletedPostPolicy', () => {
  beforeEach(() => resetEditorStore())

  it('keeps the choice on the open story, as one undo step; the same choice changes nothing', () => {
    addTextBlock()
    expect(setDeletedPostPolicy('keep')).toBe(false)
    expect(setDeletedPostPolicy('tombstone')).toBe(true)
    expect(selectActiveStory(editorStore.getState())?.deletedPosts).toBe('tombstone')
    undoChange()
    expect(selectActiveStory(editorStore.getState())?.deletedPosts).toBeUndefined()
  })
})

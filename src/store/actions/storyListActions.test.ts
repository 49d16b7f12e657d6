import { beforeEach, describe, expect, it } from 'vitest'
import { SAMPLE_POSTS } from '../../sample/samplePosts'
import { resetEditorStore } from '../../test/resetEditorStore'
import { editorStore } from '../editorStore'
import { addPostToStory } from './blockActions'
import { redoChange, undoChange } from './historyActions'
import {
  createStory,
  deleteStory,
  duplicateStory,
  openStory,
  renameActiveStory,
} from './storyListActions'

const state = () => editorStore.getState()

describe('story list actions', () => {
  let firstId: string
  beforeEach(() => {
    firstId = resetEditorStore()
  })

  it('creates and opens a new story', () => {
    const id = createStory('Second')
    expect(state().activeStoryId).toBe(id)
    expect(Object.keys(state().stories)).toHaveLength(2)
  })

  it('renaming coalesces into one step per burst', () => {
    const before = state().history.past.length
    renameActiveStory('R')
    renameActiveStory('Re')
    renameActiveStory('Recap')
    expect(state().stories[firstId]?.title).toBe('Recap')
    expect(state().history.past.length).toBe(before + 1)
  })

  it('opening a story is not an undo step, but undo returns to the story that changed', () => {
    addPostToStory(SAMPLE_POSTS[0]!)
    const secondId = createStory('Second')
    openStory(firstId)
    openStory(secondId)
    undoChange() // undoes the creation of Second
    expect(state().stories[secondId]).toBeUndefined()
    expect(state().activeStoryId).toBe(firstId)
    redoChange()
    expect(state().activeStoryId).toBe(secondId)
  })

  it('duplicates a story with new block ids and shared post snapshots', () => {
    addPostToStory(SAMPLE_POSTS[0]!)
    const copyId = duplicateStory(firstId, 'Copy')!
    const original = state().stories[firstId]!
    const copy = state().stories[copyId]!
    expect(copy.title).toBe('Copy')
    expect(copy.blocks).toHaveLength(1)
    expect(copy.blocks[0]!.id).not.toBe(original.blocks[0]!.id)
    expect(state().activeStoryId).toBe(copyId)
  })

  it('deletes with undo, and always keeps one story open', () => {
    const secondId = createStory('Second')
    deleteStory(secondId)
    expect(state().activeStoryId).toBe(firstId)
    expect(state().toast).toMatchObject({ kind: 'storyDeleted', undoable: true })
    undoChange()
    expect(state().stories[secondId]).toBeDefined()
    expect(state().activeStoryId).toBe(secondId)
    deleteStory(secondId)
    deleteStory(firstId)
    const remaining = Object.values(state().stories)
    expect(remaining).toHaveLength(1)
    expect(remaining[0]!.blocks).toEqual([])
    expect(state().activeStoryId).toBe(remaining[0]!.id)
  })
})

import { beforeEach, describe, expect, it } from 'vitest'
import { resetEditorStore } from '../../test/resetEditorStore'
import { editorStore } from '../editorStore'
import { selectActiveStory } from '../selectors'
import { addSectionBlock, addTextBlock, setTextBlockNotes } from './blockActions'
import { redoChange, undoChange } from './historyActions'

const blocks = () => selectActiveStory(editorStore.getState())?.blocks ?? []
const steps = () => editorStore.getState().history.past.length

describe('setTextBlockNotes', () => {
  beforeEach(() => {
    resetEditorStore()
  })

  it('marks a text block as speaker notes and back, one undo step each', () => {
    const id = addTextBlock()!
    const before = steps()
    expect(setTextBlockNotes(id, true)).toBe(true)
    expect(blocks()[0]).toMatchObject({ id, type: 'text', notes: true })
    expect(steps()).toBe(before + 1)
    expect(setTextBlockNotes(id, false)).toBe(true)
    expect(blocks()[0]).not.toHaveProperty('notes')
    expect(steps()).toBe(before + 2)
    undoChange()
    expect(blocks()[0]).toMatchObject({ notes: true })
    undoChange()
    expect(blocks()[0]).not.toHaveProperty('notes')
    redoChange()
    expect(blocks()[0]).toMatchObject({ notes: true })
  })

  it('records nothing when the flag already has that value or the block is not text', () => {
    const text = addTextBlock()!
    const section = addSectionBlock()!
    const before = steps()
    expect(setTextBlockNotes(text, false)).toBe(false)
    expect(setTextBlockNotes(section, true)).toBe(false)
    expect(setTextBlockNotes('no-such-block', true)).toBe(false)
    expect(steps()).toBe(before)
  })
})

import { editorStore, selectDocument } from '../editorStore'
import { redo, undo } from '../history'

const restore = (step: typeof undo) => {
  const state = editorStore.getState()
  const result = step(state.history, selectDocument(state))
  if (!result) return false
  const { value, history } = result
  const story = value.activeStoryId ? value.stories[value.activeStoryId] : undefined
  const editingStillExists = story?.blocks.some((block) => block.id === state.editingBlockId)
  editorStore.setState({
    ...value,
    history,
    editingBlockId: editingStillExists ? state.editingBlockId : null,
    toast: null,
  })
  return true
}

export const undoChange = () => restore(undo)
export const redoChange = () => restore(redo)

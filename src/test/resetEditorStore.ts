import { createStory } from '../domain/storyOps'
import { editorStore, initialEditorData } from '../store/editorStore'

/** A fresh store holding one empty, open story, as the app has after a first start. */
export const resetEditorStore = () => {
  const story = createStory('Test story', '2026-10-15T08:00:00.000Z')
  editorStore.setState(
    {
      ...initialEditorData(),
      stories: { [story.id]: story },
      activeStoryId: story.id,
      session: { status: 'ready', problems: [], storageError: null },
    },
    true,
  )
  return story.id
}

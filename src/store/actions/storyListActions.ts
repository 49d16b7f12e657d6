import { prepareImportedStory } from '../../domain/importedStory'
import type { Post, PostId } from '../../domain/post'
import type { Story, StoryId } from '../../domain/story'
import {
  createStory as createStoryDocument,
  duplicateStory as duplicateStoryDocument,
  renameStory,
} from '../../domain/storyOps'
import type { DocumentState } from '../editorData'
import { commitDocument, editorStore } from '../editorStore'
import { showToast } from './uiActions'
import { nowIso, updateActiveStory } from './updateActiveStory'

const mostRecentStoryId = (stories: DocumentState['stories'], except?: StoryId): StoryId | null =>
  Object.values(stories)
    .filter((story) => story.id !== except)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0]?.id ?? null

export const createStory = (title = ''): StoryId => {
  const story = createStoryDocument(title, nowIso())
  commitDocument((document) => ({
    ...document,
    stories: { ...document.stories, [story.id]: story },
    activeStoryId: story.id,
  }))
  editorStore.setState({ editingBlockId: null, preview: false })
  return story.id
}

/** Switching stories is navigation, not an edit: it is saved but is no undo step. */
export const openStory = (storyId: StoryId) => {
  if (!editorStore.getState().stories[storyId]) return
  editorStore.setState({ activeStoryId: storyId, editingBlockId: null })
}

export const renameActiveStory = (title: string) =>
  commitDocument(
    (document) => updateActiveStory(document, (story) => renameStory(story, title, nowIso())),
    { coalesceKey: `title:${editorStore.getState().activeStoryId ?? ''}` },
  )

export const duplicateStory = (storyId: StoryId, title: string): StoryId | null => {
  const original = editorStore.getState().stories[storyId]
  if (!original) return null
  const copy = duplicateStoryDocument(original, title, nowIso())
  commitDocument((document) => ({
    ...document,
    stories: { ...document.stories, [copy.id]: copy },
    activeStoryId: copy.id,
  }))
  showToast('storyDuplicated')
  return copy.id
}

/** Deleting is undoable; the editor always keeps one story open, so the last one is replaced. */
export const deleteStory = (storyId: StoryId) => {
  const deleted = commitDocument((document) => {
    if (!document.stories[storyId]) return document
    const { [storyId]: _removed, ...stories } = document.stories
    let activeStoryId = document.activeStoryId
    if (activeStoryId === storyId) activeStoryId = mostRecentStoryId(stories)
    if (activeStoryId === null) {
      const replacement = createStoryDocument('', nowIso())
      return {
        ...document,
        stories: { [replacement.id]: replacement },
        activeStoryId: replacement.id,
      }
    }
    return { ...document, stories, activeStoryId }
  })
  if (deleted) {
    editorStore.setState({ editingBlockId: null })
    showToast('storyDeleted', true)
  }
  return deleted
}

/**
 * Adds an imported story as a new one and opens it. `prepareImportedStory` has given it fresh
 * ids, so nothing the workspace holds is replaced; posts it shares unchanged are shared.
 */
export const importStory = (imported: { story: Story; posts: Record<PostId, Post> }): StoryId => {
  const prepared = prepareImportedStory(
    imported.story,
    imported.posts,
    editorStore.getState().posts,
    nowIso(),
  )
  commitDocument((document) => ({
    ...document,
    stories: { ...document.stories, [prepared.story.id]: prepared.story },
    posts: { ...document.posts, ...prepared.posts },
    activeStoryId: prepared.story.id,
  }))
  editorStore.setState({ editingBlockId: null, preview: false })
  return prepared.story.id
}

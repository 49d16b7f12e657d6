import type { Story } from '../../domain/story'
import type { DocumentState } from '../editorData'

/** Applies `update` to the open story; returns the same document when nothing changed. */
export const updateActiveStory = (
  document: DocumentState,
  update: (story: Story) => Story,
): DocumentState => {
  const story = document.activeStoryId ? document.stories[document.activeStoryId] : undefined
  if (!story) return document
  const next = update(story)
  return next === story
    ? document
    : { ...document, stories: { ...document.stories, [story.id]: next } }
}

export const nowIso = () => new Date().toISOString()

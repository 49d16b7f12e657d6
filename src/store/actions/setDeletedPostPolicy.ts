import type { DeletedPostPolicy } from '../../domain/story'
import { commitDocument } from '../editorStore'
import { nowIso, updateActiveStory } from './updateActiveStory'

/**
 * What the open story's exports do with a post its source deleted. One undo step, like any
 * other change to the story: it is the curator's choice, kept with the story.
 */
export const setDeletedPostPolicy = (policy: DeletedPostPolicy): boolean =>
  commitDocument((document) =>
    updateActiveStory(document, (story) =>
      (story.deletedPosts ?? 'keep') === policy
        ? story
        : { ...story, deletedPosts: policy, updatedAt: nowIso() },
    ),
  )

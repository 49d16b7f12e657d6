import type { Post, PostId } from '../../domain/post'
import type { Story, StoryId } from '../../domain/story'
import { postIdsOf } from '../../domain/storyOps'
import { postsOfStory } from './storedStory'
import type { WorkspaceSnapshot } from './types'

/** One record as last written successfully. */
export interface WrittenStory {
  story: Story
  /** The posts map it was built from: while the snapshot still holds that map, no post changed. */
  postsSource: Readonly<Record<PostId, Post>>
  /** The post snapshots the record holds. */
  posts: Readonly<Record<PostId, Post>>
}

/** What the database holds, as far as the autosaver knows. It moves only on success. */
export interface WrittenState {
  /** Only records this autosaver was told about; others (problem records) are never touched. */
  stories: ReadonlyMap<StoryId, WrittenStory>
  /** `undefined` when unknown (no baseline), so the first save writes it. */
  activeStoryId: StoryId | null | undefined
}

export interface WorkspaceChanges {
  put: Map<StoryId, WrittenStory>
  delete: StoryId[]
  activeStoryIdChanged: boolean
}

const entryOf = (story: Story, posts: Readonly<Record<PostId, Post>>): WrittenStory => ({
  story,
  postsSource: posts,
  posts: postsOfStory(story, posts),
})

export const writtenStateOf = (baseline?: WorkspaceSnapshot): WrittenState =>
  baseline
    ? {
        stories: new Map(
          Object.entries(baseline.stories).map(([id, story]) => [
            id,
            entryOf(story, baseline.posts),
          ]),
        ),
        activeStoryId: baseline.activeStoryId,
      }
    : { stories: new Map(), activeStoryId: undefined }

/** Same story object, and the posts it references are the same objects as when written. */
const isUnchanged = (
  written: WrittenStory | undefined,
  story: Story,
  posts: Readonly<Record<PostId, Post>>,
) =>
  written !== undefined &&
  written.story === story &&
  (written.postsSource === posts ||
    postIdsOf(story).every((postId) => posts[postId] === written.posts[postId]))

/** Compares by reference, so the cost is one check per story (plus its posts when posts moved). */
export const diffWorkspace = (
  written: WrittenState,
  snapshot: WorkspaceSnapshot,
): WorkspaceChanges => {
  const put = new Map<StoryId, WrittenStory>()
  for (const [id, story] of Object.entries(snapshot.stories)) {
    if (!isUnchanged(written.stories.get(id), story, snapshot.posts)) {
      put.set(id, entryOf(story, snapshot.posts))
    }
  }
  const gone = [...written.stories.keys()].filter((id) => !Object.hasOwn(snapshot.stories, id))
  return {
    put,
    delete: gone,
    activeStoryIdChanged: snapshot.activeStoryId !== written.activeStoryId,
  }
}

export const hasChanges = (changes: WorkspaceChanges) =>
  changes.put.size > 0 || changes.delete.length > 0 || changes.activeStoryIdChanged

/** The state after `changes` were committed. */
export const applyChanges = (
  written: WrittenState,
  changes: WorkspaceChanges,
  activeStoryId: StoryId | null,
): WrittenState => {
  const stories = new Map(written.stories)
  for (const [id, entry] of changes.put) stories.set(id, entry)
  for (const id of changes.delete) stories.delete(id)
  return {
    stories,
    activeStoryId: changes.activeStoryIdChanged ? activeStoryId : written.activeStoryId,
  }
}

import { MIGRATIONS, migrateStoredStory, type Migration } from '../../domain/migrations'
import type { Post, PostId } from '../../domain/post'
import type { StoredStory } from '../../domain/schema'
import type { Story, StoryId } from '../../domain/story'
import { META_ACTIVE_STORY_ID, type StoryloomDatabase } from './database'
import { toSaveError } from './errors'
import { writeAtomically } from './writeTransaction'
import type { LoadedWorkspace, StoredProblem, WorkspaceSnapshot } from './types'

export interface LoadWorkspaceOptions {
  /** Injected by tests; the app uses the domain's table. */
  migrations?: Readonly<Record<number, Migration>>
  /** Rewrites upgraded records at the current version; false in a read-only tab. */
  writeBack?: boolean
}

const time = (iso: string) => {
  const parsed = Date.parse(iso)
  return Number.isNaN(parsed) ? 0 : parsed
}

const byUpdatedAtDesc = (a: Story, b: Story) =>
  time(b.updatedAt) - time(a.updatedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/** Two records may hold different snapshots of one post: keep the most recently fetched. */
const mergePosts = (target: Record<PostId, Post>, posts: Record<PostId, Post>) => {
  for (const [postId, post] of Object.entries(posts)) {
    const known = target[postId]
    if (!known || time(post.fetchedAt) > time(known.fetchedAt)) target[postId] = post
  }
}

/**
 * Reads every stored story. A record that fails validation becomes a problem (kept as is,
 * raw value included) instead of failing the load, so one bad record never blanks the page.
 */
export const loadWorkspace = async (
  db: StoryloomDatabase,
  { migrations = MIGRATIONS, writeBack = true }: LoadWorkspaceOptions = {},
): Promise<LoadedWorkspace> => {
  const tx = db.transaction(['stories', 'meta'], 'readonly')
  const stories = tx.objectStore('stories')
  // One transaction, so keys and values line up (both are in key order).
  const [keys, values, storedActiveId] = await Promise.all([
    stories.getAllKeys(),
    stories.getAll() as Promise<unknown[]>,
    tx.objectStore('meta').get(META_ACTIVE_STORY_ID),
    tx.done,
  ])

  const loaded: Story[] = []
  const posts: Record<PostId, Post> = {}
  const problems: StoredProblem[] = []
  const upgraded: [StoryId, StoredStory][] = []

  keys.forEach((key, index) => {
    const raw = values[index]
    const storyId = String(key)
    const result = migrateStoredStory(raw, migrations)
    if (!result.ok) {
      problems.push({ storyId, kind: result.problem, message: result.message, raw })
      return
    }
    if (result.value.story.id !== storyId) {
      // Saving it would create a second record under the story's own id.
      problems.push({
        storyId,
        kind: 'corrupt',
        message: `The record is stored under id ${storyId} but holds story ${result.value.story.id}.`,
        raw,
      })
      return
    }
    loaded.push(result.value.story)
    mergePosts(posts, result.value.posts)
    if (result.migratedFrom !== undefined) upgraded.push([storyId, result.value])
  })
  loaded.sort(byUpdatedAtDesc)

  const activeStoryId =
    typeof storedActiveId === 'string' && loaded.some((story) => story.id === storedActiveId)
      ? storedActiveId
      : (loaded[0]?.id ?? null)

  const workspace: LoadedWorkspace = { stories: loaded, posts, activeStoryId, problems }
  if (writeBack && upgraded.length > 0) {
    const writeBackError = await writeUpgraded(db, upgraded)
    if (writeBackError) workspace.writeBackError = writeBackError
  }
  return workspace
}

/** Rewrites upgraded records at the current version, all or nothing. */
const writeUpgraded = async (db: StoryloomDatabase, records: [StoryId, StoredStory][]) => {
  let tx
  try {
    tx = db.transaction('stories', 'readwrite')
  } catch (error) {
    return toSaveError(error)
  }
  const stories = tx.objectStore('stories')
  const errors = await writeAtomically(tx, (track) => {
    for (const [id, record] of records) track(stories.put(record, id))
  })
  return errors.length > 0 ? toSaveError(...errors) : undefined
}

/** The snapshot to give the autosaver as its baseline, so the first save rewrites nothing. */
export const snapshotOf = (workspace: LoadedWorkspace): WorkspaceSnapshot => ({
  stories: Object.fromEntries(workspace.stories.map((story) => [story.id, story])),
  posts: workspace.posts,
  activeStoryId: workspace.activeStoryId,
})

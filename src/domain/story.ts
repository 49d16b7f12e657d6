import type { Block } from './block'

export type StoryId = string

/** What exports do with a post its source has deleted (the snapshot is always kept). */
export const DELETED_POST_POLICIES = ['keep', 'tombstone', 'omit'] as const
export type DeletedPostPolicy = (typeof DELETED_POST_POLICIES)[number]

export interface Story {
  id: StoryId
  title: string
  /** Owned and ordered. */
  blocks: Block[]
  /** ISO 8601. */
  createdAt: string
  updatedAt: string
  /** Absent means `keep`: the post stays, with its attribution. */
  deletedPosts?: DeletedPostPolicy
}

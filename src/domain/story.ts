import type { Block } from './block'

export type StoryId = string

export interface Story {
  id: StoryId
  title: string
  /** Owned and ordered. */
  blocks: Block[]
  /** ISO 8601. */
  createdAt: string
  updatedAt: string
}

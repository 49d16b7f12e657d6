import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Post } from '../../domain/post'
import { SCHEMA_VERSION } from '../../domain/schema'
import type { Story } from '../../domain/story'
import { renameStory } from '../../domain/storyOps'
import { createAutosaver } from './autosaver'
import { loadWorkspace } from './loadWorkspace'
import { makePost, makeStory, NOW, openTestDatabase } from './testFixtures'
import type { WorkspaceSnapshot } from './types'

const POOL = ['sample:1', 'sample:2', 'sample:3', 'sample:4'].map((id) => makePost(id))
const PROBLEM = { schemaVersion: SCHEMA_VERSION + 1, story: { id: 'problem' } }

type Operation =
  | { type: 'add'; posts: number[] }
  | { type: 'rename'; at: number; title: string }
  | { type: 'remove'; at: number }
  | { type: 'activate'; at: number | null }
  | { type: 'refresh'; post: number }
  | { type: 'flush' }

const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({
    type: fc.constant('add' as const),
    posts: fc.uniqueArray(fc.nat(3), { maxLength: 3 }),
  }),
  fc.record({
    type: fc.constant('rename' as const),
    at: fc.nat(),
    title: fc.string({ maxLength: 8 }),
  }),
  fc.record({ type: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ type: fc.constant('activate' as const), at: fc.option(fc.nat()) }),
  fc.record({ type: fc.constant('refresh' as const), post: fc.nat(3) }),
  fc.record({ type: fc.constant('flush' as const) }),
)

const byId = (a: Story, b: Story) => (a.id < b.id ? -1 : 1)

describe('autosaver, for any sequence of edits', () => {
  it('leaves the database loading back the last workspace, problem records untouched', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { maxLength: 20 }), async (operations) => {
        const db = await openTestDatabase()
        await db.put('stories', PROBLEM as never, 'problem')
        const posts: Record<string, Post> = Object.fromEntries(POOL.map((post) => [post.id, post]))
        let workspace: WorkspaceSnapshot = { stories: {}, posts, activeStoryId: null }
        const autosaver = createAutosaver({ db, delayMs: 1, maxWaitMs: 2, baseline: workspace })
        const ids = () => Object.keys(workspace.stories)
        let refreshes = 0

        for (const op of operations) {
          const id =
            'at' in op && op.at !== null ? ids()[op.at % Math.max(1, ids().length)] : undefined
          if (op.type === 'add') {
            const story = makeStory(
              `Story ${ids().length}`,
              op.posts.map((index) => POOL[index]!),
            )
            workspace = { ...workspace, stories: { ...workspace.stories, [story.id]: story } }
          } else if (op.type === 'rename' && id) {
            const story = renameStory(workspace.stories[id]!, op.title, NOW)
            workspace = { ...workspace, stories: { ...workspace.stories, [id]: story } }
          } else if (op.type === 'remove' && id) {
            const { [id]: _removed, ...rest } = workspace.stories
            workspace = { ...workspace, stories: rest }
          } else if (op.type === 'activate') {
            workspace = { ...workspace, activeStoryId: id ?? null }
          } else if (op.type === 'refresh') {
            refreshes += 1
            const post = POOL[op.post]!
            const fetchedAt = new Date(Date.parse(post.fetchedAt) + refreshes * 1000).toISOString()
            const refreshed = { ...post, text: `refresh ${refreshes}`, fetchedAt }
            workspace = { ...workspace, posts: { ...workspace.posts, [post.id]: refreshed } }
          }
          autosaver.schedule(workspace)
          if (op.type === 'flush') await autosaver.flush()
        }
        await autosaver.flush()

        const loaded = await loadWorkspace(db)
        const stories = Object.values(workspace.stories)
        expect([...loaded.stories].sort(byId)).toEqual([...stories].sort(byId))
        const shown = new Set(
          stories.flatMap((story) =>
            story.blocks.flatMap((block) => (block.type === 'post' ? [block.postId] : [])),
          ),
        )
        expect(loaded.posts).toEqual(
          Object.fromEntries([...shown].map((postId) => [postId, workspace.posts[postId]])),
        )
        // Never written when it stayed null from the start.
        expect((await db.get('meta', 'activeStoryId')) ?? null).toBe(workspace.activeStoryId)
        expect(loaded.problems).toEqual([
          expect.objectContaining({ storyId: 'problem', raw: PROBLEM }),
        ])
        db.close()
      }),
      { numRuns: 40 },
    )
  })
})

import fc from 'fast-check'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { createPostBlock } from './blockFactory'
import {
  blockSchema,
  describeIssues,
  postSchema,
  SCHEMA_VERSION,
  storedStorySchema,
  storySchema,
} from './schema'
import { insertBlock } from './storyOps'
import { LATER, makePost, makeStoredStory, makeStory, storyArb } from './testArbitraries'

/** Parses `data` and returns the human-readable account of why it failed. */
const rejection = (schema: v.GenericSchema, data: unknown): string => {
  const result = v.safeParse(schema, data)
  if (result.success) throw new Error('expected the data to be rejected')
  return describeIssues(result.issues)
}

type Path = readonly [string | number, ...(string | number)[]]

/** A valid record with the value at `path` replaced (on a fresh copy of the fixture). */
const storedWith = (path: Path, value: unknown): unknown => {
  const raw: unknown = makeStoredStory()
  let target = raw as Record<string | number, unknown>
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>
  target[path[path.length - 1] as string | number] = value
  return raw
}

describe('storedStorySchema', () => {
  it('accepts a valid record and returns an equal value', () => {
    const stored = makeStoredStory()
    const result = v.safeParse(storedStorySchema, stored)
    expect(result.success).toBe(true)
    expect(result.output).toEqual(stored)
  })

  it('accepts posts with every optional field, a quote and an unavailable state', () => {
    const quoted = makePost('sample:2', {
      availability: { state: 'unavailable', reason: 'deleted', checkedAt: LATER },
    })
    const post = makePost('sample:1', {
      editedAt: '2024-04-30T08:05:00+02:00',
      language: 'fr',
      media: [
        { kind: 'image', url: 'https://x.test/a.png', alt: 'A lake', width: 640, height: 480 },
        { kind: 'gifv', url: 'https://x.test/b.mp4', previewUrl: 'https://x.test/b.png', alt: '' },
      ],
      card: { url: 'https://x.test', title: 'X' },
      metrics: { replies: 0, reposts: 3, likes: 12 },
      contentWarning: 'lake',
      sensitive: true,
      replyTo: { authorHandle: '@bob@x.test' },
      quote: { state: 'available', post: quoted },
      repostedBy: { name: 'Bob', handle: '@bob@x.test' },
    })
    const stored = { ...makeStoredStory(), posts: { 'sample:1': post } }
    expect(v.safeParse(storedStorySchema, stored).success).toBe(true)
  })

  it('accepts extra posts the story does not show', () => {
    const stored = makeStoredStory()
    stored.posts['sample:9'] = makePost('sample:9')
    expect(v.safeParse(storedStorySchema, stored).success).toBe(true)
  })

  it('rejects a post block whose post the record does not hold', () => {
    const message = rejection(storedStorySchema, storedWith(['posts'], {}))
    expect(message).toBe('A post block refers to a post that the record does not hold.')
  })

  it.each(['toString', 'constructor', 'hasOwnProperty', '__proto__'])(
    'rejects a post block for %s when the record holds no such post',
    (postId) => {
      const stored = makeStoredStory(
        insertBlock(makeStory(), createPostBlock(postId, 'b-odd'), 0, LATER),
      )
      delete stored.posts[postId]
      expect(rejection(storedStorySchema, stored)).toContain('refers to a post')
    },
  )

  it('rejects two blocks that share one id, naming the story', () => {
    const message = rejection(
      storedStorySchema,
      storedWith(['story', 'blocks', 2, 'id'], 'b-section'),
    )
    expect(message).toBe('story: Two blocks of the story share one id.')
  })

  it.each(['yesterday', '2024-13-01T00:00:00Z', '2024-05-01', '2024-05-01T25:00:00Z', ''])(
    'rejects the date %j with its path and value',
    (date) => {
      const message = rejection(storedStorySchema, storedWith(['story', 'updatedAt'], date))
      expect(message).toBe(`story.updatedAt: Invalid timestamp: Received ${JSON.stringify(date)}`)
    },
  )

  it('rejects a bad date deep inside a post', () => {
    const message = rejection(
      storedStorySchema,
      storedWith(['posts', 'sample:1', 'fetchedAt'], 'last week'),
    )
    expect(message).toBe('posts.sample:1.fetchedAt: Invalid timestamp: Received "last week"')
  })

  it('rejects a media kind that is not allowed, listing the allowed kinds', () => {
    const message = rejection(
      storedStorySchema,
      storedWith(
        ['posts', 'sample:1', 'media'],
        [{ kind: 'pdf', url: 'https://x.test/a.pdf', alt: '' }],
      ),
    )
    expect(message).toMatch(/^posts\.sample:1\.media\.0\.kind: Invalid type: Expected /)
    for (const kind of ['image', 'video', 'gifv', 'audio']) expect(message).toContain(`"${kind}"`)
    expect(message).toContain('"pdf"')
  })

  it.each([0, 2, '1', undefined])('rejects schemaVersion %j', (schemaVersion) => {
    const message = rejection(storedStorySchema, storedWith(['schemaVersion'], schemaVersion))
    expect(message).toMatch(/^schemaVersion: Invalid (type|key): Expected 1 but received/)
  })

  it('rejects an unknown block type', () => {
    const message = rejection(
      storedStorySchema,
      storedWith(['story', 'blocks', 0, 'type'], 'video'),
    )
    expect(message).toMatch(/^story\.blocks\.0\.type: Invalid type: Expected /)
  })

  it('reports at most three problems', () => {
    const message = rejection(storedStorySchema, {
      schemaVersion: 7,
      story: { id: '', title: 3, blocks: 'none', createdAt: 0, updatedAt: 0 },
      posts: [],
    })
    expect(message.split('; ')).toHaveLength(3)
  })

  it('rejects what is not an object at all', () => {
    expect(rejection(storedStorySchema, null)).toMatch(/^Invalid type: Expected Object/)
  })
})

describe('blockSchema and postSchema', () => {
  it('accept what the factories and fixtures build', () => {
    for (const block of makeStory().blocks) expect(v.is(blockSchema, block)).toBe(true)
    expect(v.is(postSchema, makePost('sample:1'))).toBe(true)
  })

  it('reject an empty block id and a negative count', () => {
    expect(rejection(blockSchema, { id: '', type: 'section', title: 'x' })).toMatch(/^id: /)
    expect(rejection(postSchema, makePost('sample:1', { metrics: { likes: -1 } }))).toMatch(
      /^metrics\.likes: /,
    )
  })
})

describe('storedStorySchema (properties)', () => {
  it('never accepts a record whose post blocks lack their posts, whatever the post ids', () => {
    fc.assert(
      fc.property(storyArb(), fc.boolean(), (story, dropOne) => {
        const stored = makeStoredStory(story)
        const firstPost = story.blocks.find((block) => block.type === 'post')
        if (dropOne && firstPost?.type === 'post') delete stored.posts[firstPost.postId]
        const result = v.safeParse(storedStorySchema, stored)
        if (!result.success) return
        for (const block of result.output.story.blocks) {
          if (block.type === 'post') {
            expect(Object.hasOwn(result.output.posts, block.postId)).toBe(true)
            expect(result.output.posts[block.postId]?.id).toBe(block.postId)
          }
        }
      }),
    )
  })
})

describe('storySchema (properties)', () => {
  it('accepts every story built with the factories', () => {
    fc.assert(
      fc.property(storyArb(), (story) => {
        const result = v.safeParse(storySchema, story)
        if (!result.success) throw new Error(describeIssues(result.issues))
        expect(result.output).toEqual(story)
      }),
    )
  })

  it('accepts every such story in a record that holds its posts', () => {
    fc.assert(
      fc.property(storyArb(), (story) => {
        // Real post ids are `${source}:${nativeId}`, so keep the arbitrary ones in that shape.
        const sourced = {
          ...story,
          blocks: story.blocks.map((block) =>
            block.type === 'post' ? { ...block, postId: `sample:${block.postId}` } : block,
          ),
        }
        const stored = makeStoredStory(sourced)
        expect(stored.schemaVersion).toBe(SCHEMA_VERSION)
        const result = v.safeParse(storedStorySchema, stored)
        if (!result.success) throw new Error(describeIssues(result.issues))
      }),
    )
  })
})

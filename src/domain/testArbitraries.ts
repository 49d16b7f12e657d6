/**
 * Test support for the domain layer: fast-check arbitraries and small fixtures.
 * Only test files import this module; production code must not.
 */
import fc from 'fast-check'
import type { Block, BlockId } from './block'
import { createPostBlock, createSectionBlock, createTextBlock } from './blockFactory'
import type { Post } from './post'
import { richTextFromPlainText } from './richText'
import { SCHEMA_VERSION, type StoredStory } from './schema'
import type { Story } from './story'
import { createStory, insertBlock } from './storyOps'

export const NOW = '2024-05-01T10:00:00.000Z'
export const LATER = '2024-05-02T11:30:00.000Z'

/** Freezes a value and everything it holds, so any mutation throws (ES modules run in strict mode). */
export const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const key of Reflect.ownKeys(value)) {
      deepFreeze((value as Record<PropertyKey, unknown>)[key])
    }
  }
  return value
}

export const blockIds = (story: Story): BlockId[] => story.blocks.map((block) => block.id)

/** A valid post snapshot; `overrides` replaces top-level fields. */
export const makePost = (id: string, overrides: Partial<Post> = {}): Post => ({
  id,
  source: 'sample',
  url: `https://example.social/@lea/${encodeURIComponent(id)}`,
  author: { name: 'Léa', handle: '@lea@example.social', url: 'https://example.social/@lea' },
  createdAt: '2024-04-30T08:00:00.000Z',
  fetchedAt: '2024-04-30T09:00:00Z',
  text: `Post ${id}`,
  html: `<p>Post ${id}</p>`,
  media: [],
  availability: { state: 'available' },
  ...overrides,
})

/** A story built with the factories: a section, a post block, a text block, in that order. */
export const makeStory = (): Story => {
  let story = createStory('A day at the lake', NOW, 'story-1')
  story = insertBlock(story, createSectionBlock('Morning', 'b-section'), 0, NOW)
  story = insertBlock(story, createPostBlock('sample:1', 'b-post'), 1, NOW)
  story = insertBlock(
    story,
    createTextBlock(richTextFromPlainText('Then it rained.'), 'b-text'),
    2,
    NOW,
  )
  return story
}

/** A well-formed record holding every post its story shows. */
export const makeStoredStory = (story: Story = makeStory()): StoredStory => ({
  schemaVersion: SCHEMA_VERSION,
  story,
  posts: Object.fromEntries(
    story.blocks.flatMap((block) =>
      block.type === 'post' ? [[block.postId, makePost(block.postId)]] : [],
    ),
  ),
})

/** ISO 8601 timestamps as `Date#toISOString` writes them (four-digit years only). */
export const isoDateArb: fc.Arbitrary<string> = fc
  .date({
    min: new Date('1970-01-01T00:00:00.000Z'),
    max: new Date('2999-12-31T23:59:59.999Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString())

/** Non-empty ids; deliberately includes odd strings such as `toString` and `__proto__`. */
export const idArb: fc.Arbitrary<string> = fc.oneof(
  fc.uuid(),
  fc.string({ minLength: 1, maxLength: 12 }),
  fc.constantFrom('toString', 'constructor', '__proto__', 'hasOwnProperty', 'sample:1'),
)

/** Plain text without leading/trailing whitespace per paragraph, so it survives a round trip. */
export const paragraphArb: fc.Arbitrary<string> = fc
  .array(
    fc
      .string({ minLength: 1, maxLength: 20 })
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter((line) => line.length > 0),
    { minLength: 1, maxLength: 4 },
  )
  .map((lines) => lines.join('\n'))

export const plainTextArb: fc.Arbitrary<string> = fc
  .array(paragraphArb, { minLength: 1, maxLength: 5 })
  .map((paragraphs) => paragraphs.join('\n\n'))

/** One block of any type, made by the factories, with the given id. */
export const blockArb = (id: BlockId): fc.Arbitrary<Block> =>
  fc.oneof(
    idArb.map((postId) => createPostBlock(postId, id)),
    fc.string({ maxLength: 40 }).map((text) => createTextBlock(richTextFromPlainText(text), id)),
    fc.string({ maxLength: 20 }).map((title) => createSectionBlock(title, id)),
  )

/** Stories built with `createStory` and `insertBlock`; block ids are unique. */
export const storyArb = (options: { minBlocks?: number; maxBlocks?: number } = {}) =>
  fc
    .record({
      id: idArb,
      title: fc.string({ maxLength: 30 }),
      now: isoDateArb,
      ids: fc.uniqueArray(idArb, {
        minLength: options.minBlocks ?? 0,
        maxLength: options.maxBlocks ?? 10,
      }),
    })
    .chain(({ id, title, now, ids }) =>
      fc
        .tuple(...ids.map((blockId) => blockArb(blockId)))
        .map((blocks) =>
          blocks.reduce(
            (story, block, index) => insertBlock(story, block, index, now),
            createStory(title, now, id),
          ),
        ),
    )

/** An operation of a random editing session; indices may be out of range on purpose. */
export type StoryOp =
  | { kind: 'insert'; block: Block; index: number }
  | { kind: 'move'; from: number; to: number }
  | { kind: 'remove'; pick: number; unknown: boolean }
  | { kind: 'duplicate'; pick: number; copyId: BlockId }

/** Ids come from a small pool, so inserts and duplicates regularly collide with existing ids. */
const poolIdArb = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'toString')
const indexArb = fc.oneof(fc.integer({ min: -3, max: 14 }), fc.integer())

export const moveOpArb: fc.Arbitrary<StoryOp> = fc.record({
  kind: fc.constant('move' as const),
  from: indexArb,
  to: indexArb,
})

export const storyOpArb: fc.Arbitrary<StoryOp> = fc.oneof(
  poolIdArb.chain((id) =>
    fc.record({ kind: fc.constant('insert' as const), block: blockArb(id), index: indexArb }),
  ),
  moveOpArb,
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat(), unknown: fc.boolean() }),
  fc.record({ kind: fc.constant('duplicate' as const), pick: fc.nat(), copyId: poolIdArb }),
)

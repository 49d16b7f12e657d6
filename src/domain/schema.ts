import * as v from 'valibot'
import type { Block } from './block'
import { UNAVAILABLE_REASONS, type Post, type QuotedPost } from './post'
import type { RichTextDoc, RichTextNode } from './richText'
import { DELETED_POST_POLICIES, type Story } from './story'

/**
 * The version of every document Storyloom writes (IndexedDB records, later JSON exports).
 * Bump it with a migration in `migrations.ts` whenever a stored shape changes.
 */
export const SCHEMA_VERSION = 1

const isoDate = v.pipe(v.string(), v.isoTimestamp())
const count = v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)))
const unavailableReason = v.picklist(UNAVAILABLE_REASONS)

const authorSchema = v.object({
  name: v.string(),
  handle: v.string(),
  url: v.optional(v.string()),
  avatarUrl: v.optional(v.string()),
  id: v.optional(v.string()),
  stats: v.optional(
    v.object({
      followers: count,
      following: count,
      posts: count,
      createdAt: v.optional(isoDate),
    }),
  ),
})

const mediaSchema = v.object({
  kind: v.picklist(['image', 'video', 'gifv', 'audio']),
  url: v.string(),
  previewUrl: v.optional(v.string()),
  alt: v.string(),
  width: count,
  height: count,
  blurhash: v.optional(v.string()),
  mimeType: v.optional(v.string()),
  curatorAlt: v.optional(v.string()),
})

const availabilitySchema = v.variant('state', [
  v.object({ state: v.literal('available') }),
  v.object({
    state: v.literal('unavailable'),
    reason: unavailableReason,
    checkedAt: v.optional(isoDate),
  }),
])

const quotedPostSchema: v.GenericSchema<QuotedPost> = v.variant('state', [
  v.object({ state: v.literal('available'), post: v.lazy(() => postSchema) }),
  v.object({
    state: v.literal('unavailable'),
    reason: unavailableReason,
    url: v.optional(v.string()),
  }),
])

export const postSchema: v.GenericSchema<Post> = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  source: v.pipe(v.string(), v.minLength(1)),
  url: v.string(),
  author: authorSchema,
  createdAt: isoDate,
  editedAt: v.optional(isoDate),
  fetchedAt: isoDate,
  text: v.string(),
  html: v.string(),
  language: v.optional(v.string()),
  media: v.array(mediaSchema),
  card: v.optional(
    v.object({
      url: v.string(),
      title: v.string(),
      description: v.optional(v.string()),
      imageUrl: v.optional(v.string()),
      siteName: v.optional(v.string()),
    }),
  ),
  metrics: v.optional(v.object({ replies: count, reposts: count, likes: count, quotes: count })),
  contentWarning: v.optional(v.string()),
  sensitive: v.optional(v.boolean()),
  replyTo: v.optional(
    v.object({ url: v.optional(v.string()), authorHandle: v.optional(v.string()) }),
  ),
  quote: v.optional(quotedPostSchema),
  repostedBy: v.optional(authorSchema),
  availability: availabilitySchema,
  poll: v.optional(
    v.object({
      options: v.array(v.object({ title: v.string(), votes: count })),
      multiple: v.optional(v.boolean()),
      votersCount: count,
      expiresAt: v.optional(isoDate),
      closed: v.optional(v.boolean()),
    }),
  ),
  labels: v.optional(v.array(v.string())),
  reusePolicy: v.optional(
    v.object({
      quote: v.optional(v.picklist(['anyone', 'followers', 'following', 'nobody'])),
      embeddingDisabled: v.optional(v.boolean()),
      hideFromLoggedOut: v.optional(v.boolean()),
    }),
  ),
  sourceRef: v.optional(v.string()),
  embed: v.optional(
    v.object({
      type: v.picklist(['photo', 'video', 'rich', 'link']),
      provider: v.string(),
      providerUrl: v.optional(v.string()),
      playerUrl: v.optional(v.string()),
      width: count,
      height: count,
    }),
  ),
  sourceCheck: v.optional(
    v.object({
      state: v.picklist(['live', 'edited', 'deleted', 'unavailable']),
      checkedAt: isoDate,
      changes: v.optional(v.array(v.picklist(['text', 'media', 'contentWarning']))),
      currentText: v.optional(v.string()),
      reason: v.optional(unavailableReason),
    }),
  ),
})

const richTextMarkSchema = v.variant('type', [
  v.object({ type: v.literal('bold') }),
  v.object({ type: v.literal('italic') }),
  v.object({ type: v.literal('link'), attrs: v.looseObject({ href: v.string() }) }),
])

const richTextNodeSchema: v.GenericSchema<RichTextNode> = v.object({
  type: v.string(),
  attrs: v.optional(v.record(v.string(), v.unknown())),
  content: v.optional(v.array(v.lazy(() => richTextNodeSchema))),
  marks: v.optional(v.array(richTextMarkSchema)),
  text: v.optional(v.string()),
})

export const richTextDocSchema: v.GenericSchema<RichTextDoc> = v.object({
  type: v.literal('doc'),
  content: v.array(richTextNodeSchema),
})

const blockId = v.pipe(v.string(), v.minLength(1))

export const blockSchema: v.GenericSchema<Block> = v.variant('type', [
  v.object({ id: blockId, type: v.literal('post'), postId: v.pipe(v.string(), v.minLength(1)) }),
  v.object({
    id: blockId,
    type: v.literal('text'),
    content: richTextDocSchema,
    notes: v.optional(v.boolean()),
  }),
  v.object({ id: blockId, type: v.literal('section'), title: v.string() }),
])

export const storySchema: v.GenericSchema<Story> = v.pipe(
  v.object({
    id: v.pipe(v.string(), v.minLength(1)),
    title: v.string(),
    blocks: v.array(blockSchema),
    createdAt: isoDate,
    updatedAt: isoDate,
    deletedPosts: v.optional(v.picklist(DELETED_POST_POLICIES)),
  }),
  v.check(
    (story) => new Set(story.blocks.map((block) => block.id)).size === story.blocks.length,
    'Two blocks of the story share one id.',
  ),
)

/** What one IndexedDB record holds: a story and the snapshots of the posts it shows. */
export interface StoredStory {
  schemaVersion: number
  story: Story
  posts: Record<string, Post>
}

export const storedStorySchema: v.GenericSchema<StoredStory> = v.pipe(
  v.object({
    schemaVersion: v.literal(SCHEMA_VERSION),
    story: storySchema,
    posts: v.record(v.string(), postSchema),
  }),
  v.check(
    (stored) =>
      stored.story.blocks.every(
        // Own keys only: `in` would also find `toString`, `constructor`… on Object.prototype.
        (block) => block.type !== 'post' || Object.hasOwn(stored.posts, block.postId),
      ),
    'A post block refers to a post that the record does not hold.',
  ),
)

/** A short, human-readable account of why data failed validation. */
export const describeIssues = (issues: readonly v.BaseIssue<unknown>[]): string =>
  issues
    .slice(0, 3)
    .map((issue) => {
      const path = issue.path?.map((item) => String(item.key)).join('.')
      return path ? `${path}: ${issue.message}` : issue.message
    })
    .join('; ')

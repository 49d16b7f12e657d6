import * as v from 'valibot'
import { MIGRATIONS, type Migration } from './migrations'
import type { Post } from './post'
import { describeIssues, postSchema, SCHEMA_VERSION, storySchema } from './schema'
import type { Story } from './story'

/**
 * The JSON export: a story, the snapshots of its posts and the bytes of their media, so the
 * file alone gives the story back. Story and posts share the stored records' shapes, so they
 * share `SCHEMA_VERSION` and the migration table too.
 */
export const EXPORT_FORMAT = 'storyloom-story'

export interface ExportDocument {
  format: typeof EXPORT_FORMAT
  schemaVersion: number
  /** ISO 8601. */
  exportedAt: string
  story: Story
  posts: Record<string, Post>
  /** Original media URL → `data:` URL holding its bytes; absent for files that could not be had. */
  media: Record<string, string>
}

/** Base64 `data:` URLs only: an export carries bytes, never a pointer to somewhere else. */
const DATA_URL =
  /^data:[a-z]+\/[a-z0-9.+-]+(?:;[a-z0-9-]+=[a-z0-9.+-]+)*;base64,[a-z0-9+/]*={0,2}$/i

const mediaValueSchema = v.pipe(v.string(), v.regex(DATA_URL, 'Not a base64 data: URL.'))

export const buildExportDocument = (
  story: Story,
  posts: Readonly<Record<string, Post>>,
  media: Readonly<Record<string, string>>,
  exportedAt: string,
): ExportDocument => ({
  format: EXPORT_FORMAT,
  schemaVersion: SCHEMA_VERSION,
  exportedAt,
  story,
  // Only the posts the story shows, by own keys (a post id may be `constructor`).
  posts: Object.fromEntries(
    story.blocks.flatMap((block) =>
      block.type === 'post' && Object.hasOwn(posts, block.postId)
        ? [[block.postId, posts[block.postId]!]]
        : [],
    ),
  ),
  media: { ...media },
})

/** Why a file could not be imported; the editor words each in the user's language. */
export type ImportProblem =
  | 'empty'
  | 'not-json'
  | 'html'
  | 'not-storyloom'
  | 'workspace-backup'
  | 'newer'
  | 'broken-reference'
  | 'invalid'

export type ImportResult =
  | { ok: true; value: ExportDocument; migratedFrom?: number }
  | { ok: false; problem: ImportProblem; detail?: string; version?: number }

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const looksLikeHtml = (text: string) =>
  /^(?:\uFEFF)?\s*<(?:!doctype|html|head|body|!--|meta)/i.test(text)

/** The post blocks whose post the document does not hold, named for the message. */
const missingPostIds = (document: Record<string, unknown>): string[] => {
  const story = document.story
  const posts = isRecord(document.posts) ? document.posts : {}
  if (!isRecord(story) || !Array.isArray(story.blocks)) return []
  return story.blocks.flatMap((block: unknown) =>
    isRecord(block) &&
    block.type === 'post' &&
    typeof block.postId === 'string' &&
    !Object.hasOwn(posts, block.postId)
      ? [block.postId]
      : [],
  )
}

/**
 * Reads the text of a file the user chose. Each way it can be wrong gets its own problem, so the
 * user learns whether they picked the wrong file, a damaged one, or one from a newer Storyloom.
 */
export const parseExportDocument = (
  text: string,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  currentVersion: number = SCHEMA_VERSION,
): ImportResult => {
  if (text.trim() === '') return { ok: false, problem: 'empty' }
  if (looksLikeHtml(text)) return { ok: false, problem: 'html' }
  let raw: unknown
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    return { ok: false, problem: 'not-json', detail: (error as Error).message }
  }
  if (!isRecord(raw)) return { ok: false, problem: 'not-storyloom' }
  if (raw.format !== EXPORT_FORMAT) {
    // The "download a copy" file of the whole workspace is Storyloom's, but is not one story.
    const isBackup = isRecord(raw.stories) || Array.isArray(raw.stories)
    return { ok: false, problem: isBackup ? 'workspace-backup' : 'not-storyloom' }
  }
  const version = raw.schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
    return { ok: false, problem: 'invalid', detail: 'The file has no valid schema version.' }
  if (version > currentVersion) return { ok: false, problem: 'newer', version }

  let document: Record<string, unknown> = raw
  for (let from = version; from < currentVersion; from += 1) {
    const migration = migrations[from]
    if (!migration)
      return { ok: false, problem: 'invalid', detail: `No upgrade exists from version ${from}.` }
    try {
      document = { ...migration(document), schemaVersion: from + 1 }
    } catch {
      return { ok: false, problem: 'invalid', detail: `Upgrading from version ${from} failed.` }
    }
  }

  const missing = missingPostIds(document)
  if (missing.length > 0)
    return { ok: false, problem: 'broken-reference', detail: missing.slice(0, 3).join(', ') }
  const parsed = v.safeParse(envelopeSchema, document)
  if (!parsed.success)
    return { ok: false, problem: 'invalid', detail: describeIssues(parsed.issues) }
  const posts = recordOf(parsed.output.posts, postSchema, 'posts')
  if (!posts.ok) return { ok: false, problem: 'invalid', detail: posts.detail }
  const media = recordOf(parsed.output.media, mediaValueSchema, 'media')
  if (!media.ok) return { ok: false, problem: 'invalid', detail: media.detail }
  const value: ExportDocument = { ...parsed.output, posts: posts.value, media: media.value }
  return version < currentVersion ? { ok: true, value, migratedFrom: version } : { ok: true, value }
}

/**
 * Checks each entry of a record. valibot's `record` silently drops keys such as `__proto__` and
 * `constructor`; a post may be called that, so entries are copied as own data properties here.
 */
const recordOf = <T>(
  record: Record<string, unknown>,
  schema: v.GenericSchema<T>,
  name: string,
): { ok: true; value: Record<string, T> } | { ok: false; detail: string } => {
  const entries: [string, T][] = []
  for (const [key, item] of Object.entries(record)) {
    const parsed = v.safeParse(schema, item)
    if (!parsed.success)
      return { ok: false, detail: `${name}.${key}.${describeIssues(parsed.issues)}` }
    entries.push([key, parsed.output])
  }
  return { ok: true, value: Object.fromEntries(entries) }
}

const plainObject = v.custom<Record<string, unknown>>(isRecord, 'Expected an object.')

/** The document with its two keyed records left for `recordOf`. */
const envelopeSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  schemaVersion: v.literal(SCHEMA_VERSION),
  exportedAt: v.pipe(v.string(), v.isoTimestamp()),
  story: storySchema,
  posts: plainObject,
  media: plainObject,
})

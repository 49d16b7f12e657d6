import type { Author, Media, Poll, Post } from '../../domain/post'
import { mediaKindOfMime, mimeTypeOf } from '../mediaTypes'
import { escapeHtml } from '../../lib/escapeHtml'
import { httpUrl, LINK_REL } from '../richTextHtml'
import { statusHtmlToText } from './htmlText'

const PUBLIC = 'https://www.w3.org/ns/activitystreams#Public'
const PUBLIC_ALIASES = new Set([PUBLIC, 'as:Public', 'Public'])

export type Visibility = 'public' | 'unlisted' | 'followers' | 'direct'

const list = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter(
    (item): item is string => typeof item === 'string',
  )

/** Mastodon's visibility, read back from the addressing as Mastodon itself writes it. */
export const visibilityOf = (
  activity: { to?: unknown; cc?: unknown },
  actor: string | undefined,
): Visibility => {
  const to = list(activity.to)
  const cc = list(activity.cc)
  if (to.some((item) => PUBLIC_ALIASES.has(item))) return 'public'
  if (cc.some((item) => PUBLIC_ALIASES.has(item))) return 'unlisted'
  const followers = actor ? `${actor}/followers` : undefined
  if (to.some((item) => item === followers || item.endsWith('/followers'))) return 'followers'
  return 'direct'
}

export interface OutboxMappingContext {
  fetchedAt: string
  owner: Author
  /** The actor URI (`https://server/users/name`), to tell the followers collection. */
  actorId: string | undefined
  includeDirectMessages: boolean
  includeFollowersOnly: boolean
  /** A path in the archive, if the file is there (attachment URLs are archive paths). */
  resolveMedia(url: string): string | undefined
}

interface RawAttachment {
  type?: string
  mediaType?: string
  url?: string
  name?: string | null
  blurhash?: string
  width?: number
  height?: number
}

interface RawNote {
  id?: string
  type?: string
  url?: string
  published?: string
  updated?: string
  content?: string
  contentMap?: Record<string, string>
  summary?: string | null
  sensitive?: boolean
  inReplyTo?: string | null
  attachment?: RawAttachment[]
  /** A poll (`type: Question`): single or multiple choice. */
  oneOf?: RawPollOption[]
  anyOf?: RawPollOption[]
  endTime?: string
  closed?: string | boolean
  votersCount?: number
}

interface RawPollOption {
  name?: string
  replies?: { totalItems?: number }
}

const mapPoll = (note: RawNote): Poll | undefined => {
  const choices = Array.isArray(note.anyOf)
    ? note.anyOf
    : Array.isArray(note.oneOf)
      ? note.oneOf
      : undefined
  if (note.type !== 'Question' || !choices) return undefined
  const options = choices.flatMap((choice) =>
    typeof choice?.name === 'string'
      ? [
          {
            title: choice.name,
            ...(Number.isInteger(choice.replies?.totalItems)
              ? { votes: choice.replies?.totalItems }
              : {}),
          },
        ]
      : [],
  )
  const expiresAt = isoDate(note.endTime)
  return {
    options,
    multiple: Array.isArray(note.anyOf),
    ...(Number.isInteger(note.votersCount) ? { votersCount: note.votersCount } : {}),
    ...(expiresAt ? { expiresAt } : {}),
    ...(note.closed !== undefined && note.closed !== false ? { closed: true } : {}),
  }
}

interface RawActivity {
  id?: string
  type?: string
  actor?: string
  published?: string
  to?: unknown
  cc?: unknown
  object?: unknown
}

const str = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined)

const isoDate = (value: unknown): string | undefined => {
  const time = typeof value === 'string' ? Date.parse(value) : NaN
  return Number.isNaN(time) ? undefined : new Date(time).toISOString()
}

/** `https://server/users/name/statuses/1` → who wrote it, as far as the URI tells. */
export const authorOfStatusUri = (uri: string): Author | undefined => {
  const match = /^(https?:\/\/[^/]+)\/users\/([^/]+)\/statuses\//.exec(uri)
  if (!match) return undefined
  const [, origin, name] = match
  const host = new URL(uri).host
  return { name: name ?? '', handle: `@${name}@${host}`, url: `${origin}/@${name}` }
}

const mapAttachment = (
  attachment: RawAttachment,
  context: OutboxMappingContext,
): Media | undefined => {
  const path = typeof attachment.url === 'string' ? context.resolveMedia(attachment.url) : undefined
  const url = path ?? httpUrl(attachment.url)
  if (!url) return undefined
  const mimeType = str(attachment.mediaType) ?? mimeTypeOf(attachment.url ?? '')
  const kind = mediaKindOfMime(mimeType)
  return {
    kind,
    url,
    alt: typeof attachment.name === 'string' ? attachment.name : '',
    ...(Number.isInteger(attachment.width) && Number.isInteger(attachment.height)
      ? { width: attachment.width, height: attachment.height }
      : {}),
    ...(str(attachment.blurhash) ? { blurhash: attachment.blurhash } : {}),
    mimeType,
  }
}

const mapNote = (
  activity: RawActivity,
  note: RawNote,
  context: OutboxMappingContext,
): Post | undefined => {
  const id = str(note.id)
  if (!id) return undefined
  const languages =
    note.contentMap && typeof note.contentMap === 'object' ? Object.keys(note.contentMap) : []
  const language = languages.find((tag) => /^[a-z]{2,3}(?:-[a-z0-9]+)*$/i.test(tag))
  const html = str(note.content) ?? (language ? str(note.contentMap?.[language]) : undefined) ?? ''
  const createdAt = isoDate(note.published) ?? isoDate(activity.published) ?? context.fetchedAt
  const editedAt = isoDate(note.updated)
  const media = (Array.isArray(note.attachment) ? note.attachment : [])
    .map((attachment) => mapAttachment(attachment, context))
    .filter((item): item is Media => item !== undefined)
  const poll = mapPoll(note)
  const replyUrl = httpUrl(note.inReplyTo)
  const replyAuthor = replyUrl ? authorOfStatusUri(replyUrl) : undefined
  return {
    id: `mastodon:${id}`,
    source: 'mastodon',
    url: httpUrl(note.url) ?? httpUrl(id) ?? '',
    author: context.owner,
    createdAt,
    ...(editedAt && editedAt !== createdAt ? { editedAt } : {}),
    fetchedAt: context.fetchedAt,
    text: statusHtmlToText(html),
    // Status HTML from the archive: sanitised on the main thread (sanitizeArchiveBatch).
    html,
    ...(language ? { language } : {}),
    media,
    ...(str(note.summary) ? { contentWarning: note.summary as string } : {}),
    ...(note.sensitive === true ? { sensitive: true } : {}),
    ...(replyUrl
      ? { replyTo: { url: replyUrl, ...(replyAuthor ? { authorHandle: replyAuthor.handle } : {}) } }
      : {}),
    availability: { state: 'available' },
    ...(poll ? { poll } : {}),
    sourceRef: id,
  }
}

/**
 * A boost. The archive keeps only the boosted status's URI, not its content, so the post is a
 * link to it: authored by whoever the URI names, reposted by the archive's owner. Its id is the
 * Announce activity's, so it never overwrites a full snapshot of the boosted status.
 */
const mapAnnounce = (activity: RawActivity, context: OutboxMappingContext): Post | undefined => {
  const id = str(activity.id)
  const target = httpUrl(
    typeof activity.object === 'string'
      ? activity.object
      : (activity.object as RawNote | undefined)?.id,
  )
  if (!id || !target) return undefined
  return {
    id: `mastodon:${id}`,
    source: 'mastodon',
    url: target,
    author: authorOfStatusUri(target) ?? { name: new URL(target).host, handle: '' },
    createdAt: isoDate(activity.published) ?? context.fetchedAt,
    fetchedAt: context.fetchedAt,
    text: target,
    html: `<p><a href="${escapeHtml(target)}" rel="${LINK_REL}" target="_blank">${escapeHtml(target)}</a></p>`,
    media: [],
    repostedBy: context.owner,
    availability: { state: 'available' },
    sourceRef: target,
  }
}

/**
 * One `orderedItems` entry as a Post, or undefined for what is left out (direct messages and
 * followers-only posts unless asked for, other activities).
 */
export const mapOutboxItem = (raw: unknown, context: OutboxMappingContext): Post | undefined => {
  if (typeof raw !== 'object' || raw === null) return undefined
  const activity = raw as RawActivity
  const visibility = visibilityOf(activity, context.actorId ?? activity.actor)
  if (visibility === 'direct' && !context.includeDirectMessages) return undefined
  if (visibility === 'followers' && !context.includeFollowersOnly) return undefined
  if (activity.type === 'Announce') return mapAnnounce(activity, context)
  if (activity.type !== 'Create') return undefined
  const note = activity.object as RawNote | undefined
  if (typeof note !== 'object' || note === null) return undefined
  if (note.type !== 'Note' && note.type !== 'Question' && note.type !== 'Article') return undefined
  return mapNote(activity, note, context)
}

import type { Author, Media, Post } from '../../domain/post'
import { escapeHtml } from '../../lib/escapeHtml'
import { sanitizePostHtml } from '../../lib/sanitizeHtml'
import { safeHttpUrl } from '../../lib/safeUrl'
import { postMetricsOf } from '../postMetrics'
import { lemmyMarkdownToHtml } from './lemmyMarkdown'

type Raw = Record<string, unknown>

export interface PostViewMapOptions {
  /** The instance the post was read from (its id is valid there). */
  server: string
  fetchedAt: string
}

const isObject = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const readText = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined

const readUrl = (value: unknown): string | undefined => {
  const url = safeHttpUrl(readText(value))
  return url !== undefined && /^https?:\/\//i.test(url) ? url : undefined
}

/**
 * Lemmy 0.18 sends UTC times without a zone (`2023-09-23T10:41:41.254290`), which JavaScript
 * would read as local time: such times get their `Z`.
 */
export const readLemmyDate = (value: unknown): string | undefined => {
  const text = readText(value)
  if (!text) return undefined
  const zoned = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(text) ? text : `${text}Z`
  const time = Date.parse(zoned)
  return Number.isNaN(time) ? undefined : new Date(time).toISOString()
}

const hostOf = (actorId: string | undefined, fallback: string): string => {
  try {
    return new URL(actorId ?? fallback).hostname
  } catch {
    return new URL(fallback).hostname
  }
}

/** `@name@host`, with the community the post is in as its context: `· !community@host`. */
const authorOf = (creator: Raw, community: Raw, server: string): Author => {
  const name = readText(creator.name) ?? 'unknown'
  const actorId = readUrl(creator.actor_id)
  const communityName = readText(community.name)
  const context = communityName
    ? ` · !${communityName}@${hostOf(readUrl(community.actor_id), server)}`
    : ''
  const avatarUrl = readUrl(creator.avatar)
  const createdAt = readLemmyDate(creator.published)
  return {
    name: readText(creator.display_name) ?? name,
    handle: `@${name}@${hostOf(actorId, server)}${context}`,
    ...(actorId ? { url: actorId, id: actorId } : {}),
    ...(avatarUrl ? { avatarUrl } : {}),
    ...(createdAt ? { stats: { createdAt } } : {}),
  }
}

const IMAGE_PATH = /\.(?:jpe?g|png|gif|webp|avif)$/i

/** A link to a picture is the post's image; any other link is its card. */
const attachmentOf = (post: Raw, title: string): Pick<Post, 'media' | 'card'> => {
  const url = readUrl(post.url)
  if (!url) return { media: [] }
  const contentType = readText(post.url_content_type)
  const isImage = contentType?.startsWith('image/') ?? IMAGE_PATH.test(new URL(url).pathname)
  if (isImage)
    return { media: [{ kind: 'image', url, alt: readText(post.alt_text) ?? '' } satisfies Media] }
  const imageUrl = readUrl(post.thumbnail_url)
  const description = readText(post.embed_description)
  return {
    media: [],
    card: {
      url,
      title: readText(post.embed_title) ?? title,
      ...(description ? { description } : {}),
      ...(imageUrl ? { imageUrl } : {}),
      siteName: new URL(url).hostname.replace(/^www\./, ''),
    },
  }
}

/** A Lemmy `PostView` as a Post; undefined when it lacks what identifies a post. */
export const mapPostView = (view: unknown, options: PostViewMapOptions): Post | undefined => {
  if (!isObject(view) || !isObject(view.post)) return undefined
  const post = view.post
  const id = typeof post.id === 'number' && Number.isSafeInteger(post.id) ? post.id : undefined
  const createdAt = readLemmyDate(post.published)
  if (id === undefined || !createdAt) return undefined
  const creator = isObject(view.creator) ? view.creator : {}
  const community = isObject(view.community) ? view.community : {}
  const counts = isObject(view.counts) ? view.counts : {}
  const title = readText(post.name)?.trim() ?? ''
  const body = readText(post.body) ?? ''
  const local = `${options.server}/post/${id}`
  const apId = readUrl(post.ap_id)
  const editedAt = readLemmyDate(post.updated)
  const metrics = postMetricsOf({
    likes: counts.score,
    replies: counts.comments,
    reposts: undefined,
    quotes: undefined,
  })
  const nsfw = post.nsfw === true || community.nsfw === true
  const gone = post.deleted === true || post.removed === true
  return {
    // The ActivityPub id is the same on every instance; the numeric id is not.
    id: `lemmy:${apId ?? local}`,
    source: 'lemmy',
    url: apId ?? local,
    author: authorOf(creator, community, options.server),
    createdAt,
    ...(editedAt ? { editedAt } : {}),
    fetchedAt: options.fetchedAt,
    text: [title, body.trim()].filter((part) => part !== '').join('\n\n'),
    html: sanitizePostHtml(
      `<p><strong>${escapeHtml(title)}</strong></p>${lemmyMarkdownToHtml(body)}`,
    ),
    ...attachmentOf(post, title),
    ...(metrics ? { metrics } : {}),
    ...(nsfw ? { sensitive: true, labels: ['nsfw'] } : {}),
    availability: gone ? { state: 'unavailable', reason: 'deleted' } : { state: 'available' },
    sourceRef: `${options.server}/api/v3/post?id=${id}`,
  }
}

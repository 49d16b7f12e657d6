import type { Author, LinkCard, Media, Post } from '../../domain/post'
import { readText, type ArchiveFiles } from '../archiveFiles'
import { sendArchiveMedia } from '../sendArchiveMedia'
import { mediaKindOfMime, mimeTypeOf } from '../mediaTypes'
import type { ImportContext } from '../importContext'
import { httpUrl, plainTextToHtml } from '../richTextHtml'
import { repairMojibake, repairMojibakeDeep } from '../repairMojibake'
import { streamJsonArray } from '../streamJsonArray'
import { archiveMediaUrl } from '../types'

type Rec = Record<string, unknown>
const rec = (value: unknown): Rec | undefined =>
  typeof value === 'object' && value !== null ? (value as Rec) : undefined
const str = (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined
const seconds = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) && value > 0
    ? new Date(value * 1000).toISOString()
    : undefined

/** FNV-1a, for a stable id when the export gives none. */
const hash = (text: string): string => {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0).toString(16).padStart(8, '0')
}

interface MetaMapping {
  kind: 'instagram' | 'facebook'
  fetchedAt: string
  author: Author
  resolve(uri: string): string | undefined
}

const mediaItem = (raw: Rec | undefined, mapping: MetaMapping): Media | undefined => {
  const uri = str(raw?.uri)
  if (!uri) return undefined
  const url = mapping.resolve(uri) ?? httpUrl(uri)
  if (!url) return undefined
  const mimeType = mimeTypeOf(uri)
  return {
    kind: mediaKindOfMime(mimeType),
    url,
    alt: '',
    ...(mimeType !== 'application/octet-stream' ? { mimeType } : {}),
  }
}

const basePost = (
  mapping: MetaMapping,
  nativeId: string,
  createdAt: string | undefined,
  text: string,
  media: Media[],
  card?: LinkCard,
): Post => ({
  id: `${mapping.kind}:${nativeId}`,
  source: mapping.kind,
  // The exports give no permalink.
  url: '',
  author: mapping.author,
  createdAt: createdAt ?? mapping.fetchedAt,
  fetchedAt: mapping.fetchedAt,
  text,
  html: plainTextToHtml(text),
  media,
  ...(card ? { card } : {}),
  availability: { state: 'available' },
})

/**
 * An Instagram post: `{media: [{uri, creation_timestamp, title}], title?, creation_timestamp?}`;
 * the caption is the post's title (carousels) or the single media's. The file name of the first
 * media ends with Instagram's media id, which makes a stable id.
 */
export const mapInstagramPost = (raw: unknown, mapping: MetaMapping): Post | undefined => {
  const post = rec(repairMojibakeDeep(raw))
  const items = Array.isArray(post?.media) ? post.media.map(rec) : []
  const first = items[0]
  const caption = str(post?.title) ?? (items.length === 1 ? str(first?.title) : undefined) ?? ''
  const createdAt = seconds(post?.creation_timestamp) ?? seconds(first?.creation_timestamp)
  const firstUri = str(first?.uri)
  if (!firstUri && caption === '') return undefined
  const nativeId = firstUri
    ? firstUri.slice(firstUri.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '')
    : `${createdAt ?? ''}-${hash(caption)}`
  const media = items
    .map((item) => mediaItem(item, mapping))
    .filter((item): item is Media => item !== undefined)
  return basePost(mapping, nativeId, createdAt, caption, media)
}

/**
 * A Facebook post: `{timestamp, data: [{post}], attachments: [{data: [{external_context} |
 * {media} | …]}], title}`. The title is a sentence Facebook generated ("X shared a link.") and
 * only stands in for the text when the owner wrote none.
 */
export const mapFacebookPost = (raw: unknown, mapping: MetaMapping): Post | undefined => {
  const post = rec(repairMojibakeDeep(raw))
  if (!post) return undefined
  const written = (Array.isArray(post.data) ? post.data : [])
    .map((item: unknown) => str(rec(item)?.post))
    .filter((text): text is string => text !== undefined)
    .join('\n\n')
  const attachments = (Array.isArray(post.attachments) ? post.attachments : []).flatMap(
    (attachment: unknown) => {
      const data = rec(attachment)?.data
      return Array.isArray(data) ? data.map(rec) : []
    },
  )
  const media = attachments
    .map((item) => mediaItem(rec(item?.media), mapping))
    .filter((item): item is Media => item !== undefined)
  const external = attachments
    .map((item) => rec(item?.external_context))
    .find((item) => httpUrl(item?.url))
  const cardUrl = httpUrl(external?.url)
  const card = cardUrl ? { url: cardUrl, title: str(external?.name) ?? cardUrl } : undefined
  const text = written || str(post.title) || ''
  const createdAt = seconds(post.timestamp)
  if (text === '' && media.length === 0 && !card) return undefined
  const nativeId = `${typeof post.timestamp === 'number' ? post.timestamp : ''}-${hash(`${text}|${cardUrl ?? ''}|${media[0]?.url ?? ''}`)}`
  return basePost(mapping, nativeId, createdAt, text, media, card)
}

const dirname = (path: string) => path.slice(0, path.lastIndexOf('/') + 1)

/** Where an export-relative media URI sits in the zip: exports put it relative to their root. */
const rootOf = (postFile: string) => {
  const markers = ['your_instagram_activity/', 'your_facebook_activity/', 'content/', 'posts/']
  for (const marker of markers) {
    const at = postFile.indexOf(marker)
    if (at >= 0) return postFile.slice(0, at)
  }
  return dirname(postFile)
}

const PROFILE_FILES = {
  instagram: /(?:^|\/)personal_information\.json$/,
  facebook: /(?:^|\/)profile_information\.json$/,
}

/** The value of a `string_map_data` field, in the shape Meta's newer exports use. */
const mapValue = (record: Rec | undefined, field: string): string | undefined =>
  str(rec(rec(record?.string_map_data)?.[field])?.value)

/**
 * The owner's name from the export's profile file, when the zip has one (Instagram
 * `personal_information.json`, Facebook `profile_information.json`); the post files name nobody.
 */
const readOwner = async (files: ArchiveFiles, kind: 'instagram' | 'facebook'): Promise<Author> => {
  const path = files.paths.find((candidate) => PROFILE_FILES[kind].test(candidate))
  if (!path) return { name: '', handle: '' }
  let data: Rec | undefined
  try {
    data = rec(repairMojibakeDeep(JSON.parse(await readText(files, path))))
  } catch {
    // The profile only adds a name: a damaged one does not stop the import.
    return { name: '', handle: '' }
  }
  if (kind === 'instagram') {
    const user = rec(Array.isArray(data?.profile_user) ? data.profile_user[0] : undefined)
    const username = mapValue(user, 'Username')
    const name = mapValue(user, 'Name') ?? username ?? ''
    return {
      name,
      handle: username ? `@${username}` : '',
      ...(username ? { url: `https://www.instagram.com/${encodeURIComponent(username)}/` } : {}),
    }
  }
  const profile = rec(data?.profile_v2) ?? rec(data?.profile)
  const name = str(rec(profile?.name)?.full_name) ?? str(profile?.name) ?? ''
  const url = httpUrl(profile?.profile_uri)
  return { name, handle: '', ...(url ? { url } : {}) }
}

/** Instagram's `posts_1.json` or Facebook's `your_posts_1.json` (several numbered files). */
export const importMeta = async (
  context: ImportContext,
  archive: { kind: 'instagram' | 'facebook'; files: ArchiveFiles; postFiles: string[] },
): Promise<void> => {
  const { files, kind } = archive
  const used = new Map<string, string>()
  const author = await readOwner(files, kind)
  context.sink.phase = 'parsing'
  for (const postFile of archive.postFiles) {
    const root = rootOf(postFile)
    const mapping: MetaMapping = {
      kind,
      fetchedAt: context.fetchedAt,
      author,
      resolve: (uri) => {
        if (/^[a-z][a-z0-9+.-]*:/i.test(uri)) return undefined
        const relative = repairMojibake(uri).replace(/^\/+/, '')
        const path = [`${root}${relative}`, relative].find((candidate) => files.has(candidate))
        if (!path) return undefined
        const key = `${kind}:${path}`
        used.set(path, key)
        return archiveMediaUrl(key)
      },
    }
    const map = kind === 'instagram' ? mapInstagramPost : mapFacebookPost
    await streamJsonArray(context, kind, files, postFile, (value) => {
      const post = map(value, mapping)
      if (post) context.sink.addPost(post)
    })
  }
  await sendArchiveMedia(context, files, used)
}

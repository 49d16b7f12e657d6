import type { Author, LinkCard, Media, Post, QuotedPost } from '../../domain/post'
import { malformed, throwIfCancelled } from '../archiveImportError'
import type { ImportContext } from '../importContext'
import { readBlobChunks, type ReadMeter } from '../readBlobChunks'
import { httpUrl, piecesToHtml, piecesToText } from '../richTextHtml'
import { concatBytes } from '../textChunks'
import { archiveMediaUrl } from '../types'
import { facetPieces } from './facetPieces'
import { readRepoCar, type RepoContents } from './readRepoCar'
import { parsePostAtUri } from './atSyntax'

const BSKY = 'https://bsky.app'
const CDN = 'https://cdn.bsky.app/img'
const POST = 'app.bsky.feed.post'
const PROFILE = 'app.bsky.actor.profile/self'
const CID = /^[a-z0-9]{8,128}$/i

type Rec = Record<string, unknown>
const rec = (value: unknown): Rec | undefined =>
  typeof value === 'object' && value !== null ? (value as Rec) : undefined
const str = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined)

const postUrl = (did: string, rkey: string) => `${BSKY}/profile/${did}/post/${rkey}`

/** `at://did/app.bsky.feed.post/rkey` → its bsky.app page. */
const webUrlOfAtUri = (uri: unknown): string | undefined => {
  const post = parsePostAtUri(uri)
  return post ? postUrl(post.did, post.rkey) : undefined
}

/** A blob's CID, from the current `{ref: {$link}}` form or the 2023 `{cid}` form. */
const blobCid = (blob: unknown): string | undefined => {
  const ref = rec(blob)?.ref
  const cid = rec(ref)?.$link ?? rec(blob)?.cid
  return typeof cid === 'string' && CID.test(cid) ? cid : undefined
}

interface BlueskyMapping {
  did: string
  author: Author
  fetchedAt: string
  blobs: RepoContents['blobs']
  keepBlob(cid: string, mimeType: string): string
}

const blobUrl = (
  mapping: BlueskyMapping,
  blob: unknown,
  size: 'feed_fullsize' | 'feed_thumbnail',
): string | undefined => {
  const cid = blobCid(blob)
  if (!cid) return undefined
  if (mapping.blobs.has(cid)) return mapping.keepBlob(cid, str(rec(blob)?.mimeType) ?? 'image/jpeg')
  return `${CDN}/${size}/plain/${mapping.did}/${cid}@jpeg`
}

const embedImages = (embed: Rec | undefined, mapping: BlueskyMapping): Media[] => {
  const images = embed?.images ?? rec(embed?.media)?.images
  if (!Array.isArray(images)) return []
  return images.flatMap((item: unknown) => {
    const image = rec(item)
    const url = blobUrl(mapping, image?.image, 'feed_fullsize')
    if (!url) return []
    const ratio = rec(image?.aspectRatio)
    const width = ratio?.width
    const height = ratio?.height
    const preview = blobUrl(mapping, image?.image, 'feed_thumbnail')
    return [
      {
        kind: 'image' as const,
        url,
        ...(preview && preview !== url ? { previewUrl: preview } : {}),
        alt: typeof image?.alt === 'string' ? image.alt : '',
        ...(Number.isInteger(width) && Number.isInteger(height)
          ? { width: width as number, height: height as number }
          : {}),
      },
    ]
  })
}

const embedVideo = (embed: Rec | undefined, mapping: BlueskyMapping): Media[] => {
  const video =
    embed?.$type === 'app.bsky.embed.video'
      ? embed
      : rec(embed?.media)?.$type === 'app.bsky.embed.video'
        ? rec(embed?.media)
        : undefined
  const cid = blobCid(video?.video)
  if (!video || !cid) return []
  return [
    {
      kind: 'video',
      url: `https://video.bsky.app/watch/${encodeURIComponent(mapping.did)}/${cid}/playlist.m3u8`,
      alt: typeof video.alt === 'string' ? video.alt : '',
      mimeType: 'application/x-mpegURL',
    },
  ]
}

const embedCard = (embed: Rec | undefined, mapping: BlueskyMapping): LinkCard | undefined => {
  const external = rec(embed?.external) ?? rec(rec(embed?.media)?.external)
  const url = httpUrl(external?.uri)
  if (!url) return undefined
  const imageUrl = blobUrl(mapping, external?.thumb, 'feed_thumbnail')
  return {
    url,
    title: str(external?.title)?.trim() || url,
    ...(str(external?.description)
      ? { description: (external?.description as string).trim() }
      : {}),
    ...(imageUrl ? { imageUrl } : {}),
  }
}

const quotedUri = (embed: Rec | undefined): string | undefined => {
  const record = rec(embed?.record)
  // `embed.record` (a quote) or `embed.record.record` (a quote with media).
  return str(record?.uri) ?? str(rec(record?.record)?.uri)
}

const mapPost = (rkey: string, value: Rec, mapping: BlueskyMapping): Post => {
  const uri = `at://${mapping.did}/${POST}/${rkey}`
  const pieces = facetPieces(value)
  const embed = rec(value.embed)
  const createdAt = typeof value.createdAt === 'string' ? Date.parse(value.createdAt) : NaN
  const langs = Array.isArray(value.langs)
    ? value.langs.filter((lang): lang is string => typeof lang === 'string')
    : []
  const card = embedCard(embed, mapping)
  const parentUrl = webUrlOfAtUri(rec(rec(value.reply)?.parent)?.uri)
  const selfLabels = rec(value.labels)?.values
  const labels = (Array.isArray(selfLabels) ? selfLabels : [])
    .map((label: unknown) => str(rec(label)?.val))
    .filter((label): label is string => label !== undefined)
  return {
    id: `bluesky:${uri}`,
    source: 'bluesky',
    url: postUrl(mapping.did, rkey),
    author: mapping.author,
    createdAt: Number.isNaN(createdAt) ? mapping.fetchedAt : new Date(createdAt).toISOString(),
    fetchedAt: mapping.fetchedAt,
    text: piecesToText(pieces),
    html: piecesToHtml(pieces),
    ...(langs[0] ? { language: langs[0] } : {}),
    media: [...embedImages(embed, mapping), ...embedVideo(embed, mapping)],
    ...(card ? { card } : {}),
    ...(labels.length > 0 ? { labels, sensitive: true } : {}),
    ...(parentUrl ? { replyTo: { url: parentUrl } } : {}),
    availability: { state: 'available' },
    sourceRef: uri,
  }
}

const readWholeFile = async (file: Blob, meter: ReadMeter, context: ImportContext) => {
  const chunks: Uint8Array[] = []
  for await (const chunk of readBlobChunks(file, 0, file.size, meter)) {
    throwIfCancelled(context.signal)
    chunks.push(chunk)
    context.sink.progressIfMoved()
  }
  return concatBytes(chunks)
}

/**
 * A Bluesky repository export (`.car`): the owner's posts, with facets, images (by CDN address,
 * or from the file when it holds the blob), link cards, replies and quotes. A quote of the
 * owner's own post is filled in from the same export; any other quote is a link to it.
 */
export const importBlueskyCar = async (
  context: ImportContext,
  file: Blob,
  meter: ReadMeter,
): Promise<void> => {
  const bytes = await readWholeFile(file, meter, context)
  context.sink.phase = 'parsing'
  let repo: RepoContents
  try {
    repo = readRepoCar(bytes)
  } catch (error) {
    throw malformed(
      'bluesky',
      `The repository export could not be read: ${error instanceof Error ? error.message : String(error)}.`,
    )
  }
  const profile = rec(repo.records.find((record) => record.key === PROFILE)?.value)
  const media = new Map<string, { key: string; mimeType: string }>()
  const keepBlob = (cid: string, mimeType: string) => {
    const key = `bluesky:${repo.did}/${cid}`
    media.set(cid, { key, mimeType })
    return archiveMediaUrl(key)
  }
  const mapping: BlueskyMapping = {
    did: repo.did,
    author: { name: '', handle: '' },
    fetchedAt: context.fetchedAt,
    blobs: repo.blobs,
    keepBlob,
  }
  const avatar = profile ? blobUrl(mapping, profile.avatar, 'feed_thumbnail') : undefined
  mapping.author = {
    name: str(profile?.displayName) ?? repo.did,
    // The repository does not hold the handle (it lives in DNS or a well-known file); the DID
    // is the stable name bsky.app links accept.
    handle: repo.did,
    url: `${BSKY}/profile/${repo.did}`,
    id: repo.did,
    ...(avatar ? { avatarUrl: avatar } : {}),
  }
  const posts = new Map<string, { post: Post; value: Rec }>()
  for (const record of repo.records) {
    const [collection, rkey] = record.key.split('/')
    const value = rec(record.value)
    if (collection !== POST || !rkey || !value || value.$type !== POST) continue
    const post = mapPost(rkey, value, mapping)
    posts.set(post.sourceRef ?? post.id, { post, value })
  }
  for (const { post, value } of posts.values()) {
    const quoted = quotedUri(rec(value.embed))
    if (quoted) {
      const own = posts.get(quoted)?.post
      const url = webUrlOfAtUri(quoted)
      // One level deep, as the network shows it: the quoted post's own quote is left out.
      const { quote: _nested, ...ownWithoutQuote } = own ?? { quote: undefined }
      const quote: QuotedPost = own
        ? { state: 'available', post: ownWithoutQuote as Post }
        : { state: 'unavailable', reason: 'unknown', ...(url ? { url } : {}) }
      post.quote = quote
    }
    throwIfCancelled(context.signal)
    context.sink.addPost(post)
  }
  for (const [cid, { key, mimeType }] of media) {
    const blob = repo.blobs.get(cid)
    if (blob) context.sink.addMedia({ key, mimeType, bytes: blob.slice() })
  }
}

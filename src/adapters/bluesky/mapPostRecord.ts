import type { LinkCard, Media, Post } from '../../domain/post'
import { SourceError } from '../sourceError'
import { didOfAtUri, parseAtUri, POST_COLLECTION, profileUrl, webUrlForAtUri } from './atUri'
import { facetsToHtml } from './facetsToHtml'
import { summarizeLabels } from './labels'
import { languageOf, SOURCE_ID } from './mapPostView'
import type { RawBlob, RawPostRecord, RawRecordEmbed } from './rawTypes'
import { remoteHttpUrl } from './remoteUrl'
import { normalizeTimestamp } from './timestamps'

/** Bluesky's image CDN, which serves any blob of a post by the author's DID and the blob's CID. */
const CDN = 'https://cdn.bsky.app/img'

const CID = /^[a-z0-9]{8,128}$/i

const blobCid = (blob: RawBlob | undefined): string | undefined => {
  const cid = blob?.ref?.$link ?? blob?.cid
  return typeof cid === 'string' && CID.test(cid) ? cid : undefined
}

const recordImages = (did: string, embed: RawRecordEmbed | undefined): Media[] => {
  const images = embed?.images ?? embed?.media?.images
  if (!Array.isArray(images)) return []
  return images.flatMap((item) => {
    const cid = blobCid(item?.image)
    if (!cid) return []
    const media: Media = {
      kind: 'image',
      url: `${CDN}/feed_fullsize/plain/${did}/${cid}@jpeg`,
      previewUrl: `${CDN}/feed_thumbnail/plain/${did}/${cid}@jpeg`,
      alt: typeof item.alt === 'string' ? item.alt : '',
    }
    const { width, height } = item.aspectRatio ?? {}
    if (typeof width === 'number' && typeof height === 'number' && width > 0 && height > 0)
      if (Number.isInteger(width) && Number.isInteger(height))
        Object.assign(media, { width, height })
    return [media]
  })
}

const recordCard = (embed: RawRecordEmbed | undefined): LinkCard | undefined => {
  const external = embed?.external ?? embed?.media?.external
  const url = remoteHttpUrl(external?.uri)
  if (!url) return undefined
  const title = typeof external?.title === 'string' && external.title.trim()
  const description = typeof external?.description === 'string' && external.description.trim()
  return { url, title: title || url, ...(description ? { description } : {}) }
}

/**
 * A post from its bare record (`com.atproto.repo.getRecord`, a repository export): no author
 * profile, no counts, no hydrated quote. The author is known only by the DID in the at-uri, and
 * images are addressed through the CDN by blob CID. Prefer `mapPostView` whenever the AppView
 * can be asked.
 */
export const mapPostRecord = (
  answer: { uri?: unknown; value?: unknown },
  options: { fetchedAt: string },
): Post => {
  const uri = answer.uri
  const did = didOfAtUri(uri)
  const parsed = parseAtUri(uri)
  if (!did || parsed?.collection !== POST_COLLECTION || typeof uri !== 'string')
    throw new SourceError(
      'invalid-response',
      `Expected an app.bsky.feed.post record, got ${String(parsed?.collection ?? 'no at-uri')}.`,
    )
  const record = (
    typeof answer.value === 'object' && answer.value ? answer.value : {}
  ) as RawPostRecord
  const text = typeof record.text === 'string' ? record.text : ''
  const labels = summarizeLabels(undefined, record.labels)
  const post: Post = {
    id: `${SOURCE_ID}:${uri}`,
    source: SOURCE_ID,
    url: webUrlForAtUri(uri) ?? '',
    author: { name: did, handle: did, id: did, url: profileUrl({ did }) },
    createdAt: normalizeTimestamp(record.createdAt) ?? options.fetchedAt,
    fetchedAt: options.fetchedAt,
    text,
    html: facetsToHtml(text, record.facets),
    media: recordImages(did, record.embed),
    availability: { state: 'available' },
    sourceRef: uri,
  }
  const language = languageOf(record)
  if (language) post.language = language
  const card = recordCard(record.embed)
  if (card) post.card = card
  if (labels.labels.length > 0) post.labels = labels.labels
  if (labels.sensitive) post.sensitive = true
  if (labels.contentWarning) post.contentWarning = labels.contentWarning
  const parentUrl = webUrlForAtUri(record.reply?.parent?.uri)
  if (parentUrl) post.replyTo = { url: parentUrl }
  return post
}

import type { LinkCard, Media, Post, QuotedPost, UnavailableReason } from '../../domain/post'
import { profileUrl, webUrlForAtUri } from './atUri'
import type {
  RawAspectRatio,
  RawEmbeddedRecord,
  RawEmbedView,
  RawExternalView,
  RawGalleryView,
  RawGeneratorView,
  RawImagesView,
  RawLabelerView,
  RawListView,
  RawStarterPackView,
  RawVideoView,
  RawViewRecord,
} from './rawTypes'
import { remoteHttpUrl } from './remoteUrl'

/** HLS: Bluesky serves every video as a playlist, never as one file. */
export const HLS_MIME_TYPE = 'application/vnd.apple.mpegurl'

export interface EmbedParts {
  media: Media[]
  card?: LinkCard
  quote?: QuotedPost
}

/** Maps a quoted post (`record#viewRecord`); injected to keep the recursion in one place. */
export type QuotedPostMapper = (record: RawViewRecord) => Post | undefined

const text = (value: unknown, max = 3000): string | undefined => {
  if (typeof value !== 'string') return undefined
  const trimmed = value.trim().slice(0, max)
  return trimmed === '' ? undefined : trimmed
}

const dimension = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined

const size = (ratio: RawAspectRatio | undefined): Pick<Media, 'width' | 'height'> => {
  const width = dimension(ratio?.width)
  const height = dimension(ratio?.height)
  return width && height ? { width, height } : {}
}

const image = (
  fullsize: unknown,
  thumb: unknown,
  alt: unknown,
  ratio: RawAspectRatio | undefined,
): Media | undefined => {
  const url = remoteHttpUrl(fullsize)
  if (!url) return undefined
  const media: Media = { kind: 'image', url, alt: typeof alt === 'string' ? alt : '' }
  const previewUrl = remoteHttpUrl(thumb)
  if (previewUrl) media.previewUrl = previewUrl
  return { ...media, ...size(ratio) }
}

const imagesMedia = (view: RawImagesView): Media[] =>
  (Array.isArray(view.images) ? view.images : [])
    .map((item) => image(item?.fullsize, item?.thumb, item?.alt, item?.aspectRatio))
    .filter((media): media is Media => media !== undefined)

const galleryMedia = (view: RawGalleryView): Media[] =>
  (Array.isArray(view.items) ? view.items : [])
    .map((item) => image(item?.fullsize, item?.thumbnail, item?.alt, item?.aspectRatio))
    .filter((media): media is Media => media !== undefined)

const videoMedia = (view: RawVideoView): Media[] => {
  const url = remoteHttpUrl(view.playlist)
  if (!url) return []
  const media: Media = {
    kind: 'video',
    url,
    alt: typeof view.alt === 'string' ? view.alt : '',
    mimeType: HLS_MIME_TYPE,
    ...size(view.aspectRatio),
  }
  const previewUrl = remoteHttpUrl(view.thumbnail)
  if (previewUrl) media.previewUrl = previewUrl
  return [media]
}

const externalCard = (view: RawExternalView): LinkCard | undefined => {
  const url = remoteHttpUrl(view.external?.uri)
  if (!url) return undefined
  const card: LinkCard = { url, title: text(view.external?.title, 500) ?? url }
  const description = text(view.external?.description)
  if (description) card.description = description
  const imageUrl = remoteHttpUrl(view.external?.thumb)
  if (imageUrl) card.imageUrl = imageUrl
  return card
}

/** Feeds, lists, starter packs and labelers are not posts: they are shown as link cards. */
const recordCard = (
  url: string | undefined,
  title: string | undefined,
  description: unknown,
  image: unknown,
): LinkCard | undefined => {
  if (!url) return undefined
  const card: LinkCard = { url, title: title ?? url, siteName: 'Bluesky' }
  const about = text(description)
  if (about) card.description = about
  const imageUrl = remoteHttpUrl(image)
  if (imageUrl) card.imageUrl = imageUrl
  return card
}

const UNAVAILABLE: Record<string, UnavailableReason> = {
  'app.bsky.embed.record#viewNotFound': 'not-found',
  'app.bsky.embed.record#viewBlocked': 'blocked',
  'app.bsky.embed.record#viewDetached': 'detached',
}

const embeddedRecordParts = (
  record: RawEmbeddedRecord | undefined,
  mapQuoted: QuotedPostMapper,
): Pick<EmbedParts, 'quote' | 'card'> => {
  if (typeof record !== 'object' || record === null) return {}
  const type = record.$type ?? ''
  const unavailable = UNAVAILABLE[type]
  if (unavailable) {
    const url = webUrlForAtUri(record.uri)
    return { quote: { state: 'unavailable', reason: unavailable, ...(url ? { url } : {}) } }
  }
  switch (type) {
    case 'app.bsky.embed.record#viewRecord': {
      const post = mapQuoted(record as RawViewRecord)
      if (post) return { quote: { state: 'available', post } }
      const url = webUrlForAtUri(record.uri)
      return { quote: { state: 'unavailable', reason: 'unknown', ...(url ? { url } : {}) } }
    }
    case 'app.bsky.feed.defs#generatorView': {
      const feed = record as RawGeneratorView
      const url = webUrlForAtUri(feed.uri, feed.creator?.handle)
      const card = recordCard(url, text(feed.displayName, 500), feed.description, feed.avatar)
      return card ? { card } : {}
    }
    case 'app.bsky.graph.defs#listView':
    case 'app.bsky.graph.defs#listViewBasic': {
      const list = record as RawListView
      const url = webUrlForAtUri(list.uri, list.creator?.handle)
      const card = recordCard(url, text(list.name, 500), list.description, list.avatar)
      return card ? { card } : {}
    }
    case 'app.bsky.graph.defs#starterPackViewBasic': {
      const pack = record as RawStarterPackView
      const url = webUrlForAtUri(pack.uri, pack.creator?.handle)
      const card = recordCard(url, text(pack.record?.name, 500), pack.record?.description, null)
      return card ? { card } : {}
    }
    case 'app.bsky.labeler.defs#labelerView': {
      const labeler = record as RawLabelerView
      const creator = labeler.creator
      const title = text(creator?.displayName, 500) ?? text(creator?.handle, 500)
      const card = recordCard(profileUrl(creator ?? {}), title, undefined, creator?.avatar)
      return card ? { card } : {}
    }
    default:
      // New record kinds appear in the lexicons over time: leave them out rather than guess.
      return {}
  }
}

const mediaParts = (view: RawEmbedView | undefined): Pick<EmbedParts, 'media' | 'card'> => {
  switch (view?.$type) {
    case 'app.bsky.embed.images#view':
      return { media: imagesMedia(view as RawImagesView) }
    case 'app.bsky.embed.gallery#view':
      return { media: galleryMedia(view as RawGalleryView) }
    case 'app.bsky.embed.video#view':
      return { media: videoMedia(view as RawVideoView) }
    case 'app.bsky.embed.external#view': {
      const card = externalCard(view as RawExternalView)
      return card ? { media: [], card } : { media: [] }
    }
    default:
      return { media: [] }
  }
}

/**
 * What a post view's `embed` holds: media, a link card, a quoted post (or why it cannot be
 * seen), or media and a quote together (`recordWithMedia`). Unknown embed types give nothing.
 */
export const mapEmbedView = (embed: unknown, mapQuoted: QuotedPostMapper): EmbedParts => {
  if (typeof embed !== 'object' || embed === null) return { media: [] }
  const view = embed as RawEmbedView
  switch (view.$type) {
    case 'app.bsky.embed.record#view': {
      const { quote, card } = embeddedRecordParts(
        (view as { record?: RawEmbeddedRecord }).record,
        mapQuoted,
      )
      return { media: [], ...(quote ? { quote } : {}), ...(card ? { card } : {}) }
    }
    case 'app.bsky.embed.recordWithMedia#view': {
      const withMedia = view as { media?: RawEmbedView; record?: { record?: RawEmbeddedRecord } }
      const media = mediaParts(withMedia.media)
      const record = embeddedRecordParts(withMedia.record?.record, mapQuoted)
      // An external link in the media slot is the author's own card; it wins over a feed card.
      const card = media.card ?? record.card
      return {
        media: media.media,
        ...(card ? { card } : {}),
        ...(record.quote ? { quote: record.quote } : {}),
      }
    }
    default:
      return mediaParts(view)
  }
}

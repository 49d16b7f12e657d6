import type { LinkCard, Media } from '../../domain/post'
import { isObject, readSize, readString, readText, readUrl, type RawObject } from './redditFields'

interface PreviewImage {
  url: string
  width?: number
  height?: number
}

/** `preview.images[0].source`: the full-size image Reddit keeps for a post. */
export const previewImageOf = (data: RawObject): PreviewImage | undefined => {
  const preview = data.preview
  if (!isObject(preview) || !Array.isArray(preview.images)) return undefined
  const first: unknown = preview.images[0]
  if (!isObject(first) || !isObject(first.source)) return undefined
  const url = readUrl(first.source.url)
  if (!url) return undefined
  const width = readSize(first.source.width)
  const height = readSize(first.source.height)
  return { url, ...(width ? { width } : {}), ...(height ? { height } : {}) }
}

/** A gallery in `gallery_data` order; captions are the author's descriptions. */
const galleryMedia = (data: RawObject): Media[] => {
  const gallery = data.gallery_data
  const metadata = data.media_metadata
  if (!isObject(gallery) || !Array.isArray(gallery.items) || !isObject(metadata)) return []
  const media: Media[] = []
  for (const item of gallery.items as unknown[]) {
    if (!isObject(item)) continue
    const id = readString(item.media_id)
    const entry = id === undefined ? undefined : metadata[id]
    if (!isObject(entry) || entry.status !== 'valid' || !isObject(entry.s)) continue
    const animated = entry.e === 'AnimatedImage'
    const url = readUrl(animated ? entry.s.gif : entry.s.u)
    if (!url) continue
    const width = readSize(entry.s.x)
    const height = readSize(entry.s.y)
    const mimeType = readText(entry.m)
    media.push({
      kind: 'image',
      url,
      alt: readString(item.caption) ?? '',
      ...(width ? { width } : {}),
      ...(height ? { height } : {}),
      ...(mimeType ? { mimeType } : {}),
    })
  }
  return media
}

const redditVideoOf = (data: RawObject): RawObject | undefined => {
  for (const holder of [data.secure_media, data.media]) {
    if (isObject(holder) && isObject(holder.reddit_video)) return holder.reddit_video
  }
  return undefined
}

/** `fallback_url` is an MP4 without sound (Reddit serves audio separately, over DASH/HLS). */
const videoMedia = (data: RawObject): Media[] => {
  const video = redditVideoOf(data)
  const url = video ? readUrl(video.fallback_url) : undefined
  if (!video || !url) return []
  const preview = previewImageOf(data)
  const width = readSize(video.width)
  const height = readSize(video.height)
  return [
    {
      kind: 'video',
      url,
      alt: '',
      mimeType: 'video/mp4',
      ...(preview ? { previewUrl: preview.url } : {}),
      ...(width ? { width } : {}),
      ...(height ? { height } : {}),
    },
  ]
}

const imageMedia = (data: RawObject): Media[] => {
  const preview = previewImageOf(data)
  return preview ? [{ kind: 'image', alt: '', ...preview }] : []
}

/** What a post shows: its gallery, its video, or its image. */
export const redditMediaOf = (data: RawObject): Media[] => {
  if (data.is_gallery === true) return galleryMedia(data)
  if (data.is_video === true) return videoMedia(data)
  if (data.post_hint === 'image') return imageMedia(data)
  return []
}

const isRedditHost = (url: string): boolean =>
  /(^|\.)(reddit\.com|redd\.it)$/i.test(new URL(url).hostname)

/** A link post points away from Reddit: its target becomes the card. */
export const redditCardOf = (data: RawObject, title: string): LinkCard | undefined => {
  if (data.is_self === true || data.is_video === true || data.is_gallery === true) return undefined
  if (data.post_hint === 'image') return undefined
  const url = readUrl(data.url_overridden_by_dest) ?? readUrl(data.url)
  if (!url || isRedditHost(url)) return undefined
  const image = previewImageOf(data)
  const siteName = readText(data.domain)
  return {
    url,
    title,
    ...(image ? { imageUrl: image.url } : {}),
    ...(siteName ? { siteName } : {}),
  }
}

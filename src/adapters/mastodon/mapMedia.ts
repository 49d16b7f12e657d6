import type { LinkCard, Media, MediaKind } from '../../domain/post'
import {
  absoluteHttpUrl,
  readArray,
  readNonEmptyString,
  readSize,
  readString,
} from './fieldReaders'
import type { RawMediaAttachment, RawPreviewCard } from './rawTypes'

const KINDS: ReadonlySet<string> = new Set<MediaKind>(['image', 'video', 'gifv', 'audio'])

/** Mastodon's `preview_url` of an audio file is often the audio file itself. */
const AUDIO_FILE = /\.(?:mp3|ogg|oga|opus|m4a|aac|flac|wav|weba)(?:[?#]|$)/i

const mapAttachment = (attachment: RawMediaAttachment): Media | undefined => {
  const kind = readString(attachment.type)
  // `unknown`: the server failed to fetch a remote file; there is nothing to show.
  if (!kind || !KINDS.has(kind)) return undefined
  // `url` is null while a remote file has not been fetched yet; the origin's copy still works.
  const url = absoluteHttpUrl(attachment.url) ?? absoluteHttpUrl(attachment.remote_url)
  if (!url) return undefined
  const preview = absoluteHttpUrl(attachment.preview_url)
  const previewUrl = kind === 'audio' && preview && AUDIO_FILE.test(preview) ? undefined : preview
  const meta =
    typeof attachment.meta === 'object' && attachment.meta !== null ? attachment.meta : {}
  const original = typeof meta.original === 'object' && meta.original !== null ? meta.original : {}
  const width = readSize(original.width) ?? readSize(meta.width)
  const height = readSize(original.height) ?? readSize(meta.height)
  const blurhash = readNonEmptyString(attachment.blurhash)
  return {
    kind: kind as MediaKind,
    url,
    ...(previewUrl ? { previewUrl } : {}),
    alt: readString(attachment.description) ?? '',
    ...(width && height ? { width, height } : {}),
    ...(blurhash ? { blurhash } : {}),
  }
}

/** Attachments we can show; `unknown` ones and those without a safe URL are left out. */
export const mapMediaAttachments = (attachments: RawMediaAttachment[] | undefined): Media[] =>
  readArray(attachments)
    .map(mapAttachment)
    .filter((media): media is Media => media !== undefined)

export const mapPreviewCard = (card: RawPreviewCard | null | undefined): LinkCard | undefined => {
  if (typeof card !== 'object' || card === null) return undefined
  const url = absoluteHttpUrl(card.url)
  if (!url) return undefined
  const description = readNonEmptyString(card.description)
  const imageUrl = absoluteHttpUrl(card.image)
  const siteName = readNonEmptyString(card.provider_name)
  return {
    url,
    title: readNonEmptyString(card.title) ?? siteName ?? url,
    ...(description ? { description } : {}),
    ...(imageUrl ? { imageUrl } : {}),
    ...(siteName ? { siteName } : {}),
  }
}

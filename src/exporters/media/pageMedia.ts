import { isArchiveMediaUrl } from '../../domain/archiveMediaUrl'
import type { Media, Post, PostId } from '../../domain/post'
import { safeMediaUrl } from '../../lib/safeUrl'

/** What a renderer would draw, plus archived media, whose stored bytes the fetcher hands over. */
const exportable = (url: string): boolean =>
  safeMediaUrl(url) !== undefined || isArchiveMediaUrl(url)

/** What a slot may show: an avatar takes an image, a video slot a video, and so on. */
type SlotKind = 'image' | 'video' | 'audio'

const slotOf = (media: Media): SlotKind =>
  media.kind === 'video' || media.kind === 'gifv'
    ? 'video'
    : media.kind === 'audio'
      ? 'audio'
      : 'image'

/** `image/svg+xml; charset=utf-8` → `image/svg+xml`; anything odd → ''. */
export const baseType = (type: string | undefined): string => {
  const base = (type ?? '').split(';')[0]!.trim().toLowerCase()
  return /^[a-z]+\/[a-z0-9.+-]+$/.test(base) ? base : ''
}

/** One file the page carries, found under `url` and referred to in the markup by a token. */
export interface PageMediaFile {
  index: number
  url: string
  /** The blob retyped with a clean MIME type, ready to inline or to zip. */
  blob: Blob
}

export interface PageMedia {
  /** The posts with every address replaced by a token, or marked missing. */
  posts: Record<PostId, Post>
  files: PageMediaFile[]
  /** Swaps each token in rendered markup for what `resolve` gives its file. */
  replaceTokens: (markup: string, resolved: ReadonlyMap<number, string>) => string
}

/**
 * Prepares snapshots for a page that loads nothing from elsewhere. Every media address that the
 * renderers would show becomes a token (`/__storyloom-<nonce>/<n>`, a root-relative path the
 * renderers accept), replaced in the markup afterwards by a data URL or an `assets/` path; a file
 * that could not be had, or is not of its slot's kind, is dropped or marked missing (`url: ''`),
 * which the renderers draw as a labelled placeholder. Addresses the renderers refuse stay as they
 * are: they are never fetched and never drawn.
 */
export const preparePageMedia = (
  posts: Readonly<Record<PostId, Post>>,
  blobs: ReadonlyMap<string, Blob>,
  nonce: string,
): PageMedia => {
  const prefix = `/__storyloom-${nonce}/`
  const files: PageMediaFile[] = []
  const tokenOf = new Map<string, string>()

  /** The token for `url` if its file exists and suits `slot`, else undefined. */
  const token = (url: string | undefined, slot: SlotKind, hint?: string): string | undefined => {
    if (!url) return undefined
    const blob = blobs.get(url)
    if (!blob) return undefined
    const type = baseType(blob.type) || baseType(hint)
    if (!type.startsWith(`${slot}/`)) return undefined
    const key = `${type} ${url}`
    let found = tokenOf.get(key)
    if (!found) {
      const index = files.length
      files.push({ index, url, blob: blob.type === type ? blob : new Blob([blob], { type }) })
      found = `${prefix}${index}`
      tokenOf.set(key, found)
    }
    return found
  }

  /** A refused address is left for the renderer to refuse; a safe one is tokenised or goes. */
  const rewrite = (url: string | undefined, slot: SlotKind, hint?: string) =>
    url !== undefined && !exportable(url) ? url : token(url, slot, hint)

  const rewritePost = (post: Post): Post => {
    const copy: Post = {
      ...post,
      author: { ...post.author, avatarUrl: rewrite(post.author.avatarUrl, 'image') },
      media: post.media.map((media) => {
        const url = rewrite(media.url, slotOf(media), media.mimeType)
        // An image shows its preview only in place of a missing file; a video, as its poster.
        const previewUrl =
          media.kind === 'image' && url ? undefined : rewrite(media.previewUrl, 'image')
        return { ...media, url: url ?? '', previewUrl }
      }),
    }
    if (post.repostedBy) copy.repostedBy = { ...post.repostedBy, avatarUrl: undefined }
    if (post.card) copy.card = { ...post.card, imageUrl: rewrite(post.card.imageUrl, 'image') }
    if (post.quote?.state === 'available')
      copy.quote = { state: 'available', post: rewritePost(post.quote.post) }
    return copy
  }

  const rewritten: Record<PostId, Post> = {}
  for (const [id, post] of Object.entries(posts)) rewritten[id] = rewritePost(post)

  const pattern = new RegExp(`${prefix.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')}(\\d+)`, 'g')
  return {
    posts: rewritten,
    files,
    replaceTokens: (markup, resolved) =>
      markup.replace(pattern, (whole, index: string) => resolved.get(Number(index)) ?? whole),
  }
}

/** The media addresses worth fetching: the ones a renderer would draw, and archived media. */
export const fetchableUrls = (urls: readonly string[]): string[] => urls.filter(exportable)

/** File name extensions for the zip's `assets/` folder. */
const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/svg+xml': 'svg',
  'video/mp4': 'mp4',
  'video/webm': 'webm',
  'video/ogg': 'ogv',
  'audio/mpeg': 'mp3',
  'audio/ogg': 'ogg',
  'audio/mp4': 'm4a',
  'audio/wav': 'wav',
  'audio/webm': 'weba',
}

export const assetPathOf = (file: PageMediaFile): string =>
  `assets/${String(file.index + 1).padStart(3, '0')}.${EXTENSIONS[file.blob.type] ?? 'bin'}`

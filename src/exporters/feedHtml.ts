import { strToU8, zipSync, type Zippable } from 'fflate'
import { blobToDataUrl } from './media/blobToDataUrl'
import { collectMedia } from './media/collectMedia'
import { mediaUrlsOf } from './media/mediaUrlsOf'
import { assetPathOf, fetchableUrls, preparePageMedia } from './media/pageMedia'
import { buildHtmlDocument, pageStyles, pageTitle, renderFeedBody } from './feedPage'
import { fileStem, storyPosts } from './storyPosts'
import type { ExportInput, ExportResult, Exporter } from './types'

/** Past this much media one HTML file gets unwieldy (base64 adds a third): a zip instead. */
export const ZIP_THRESHOLD_BYTES = 25 * 1024 * 1024

export interface FeedPageOptions {
  /** Makes media tokens predictable in tests; random otherwise. */
  nonce?: string
  zipThreshold?: number
  /** The embed iframe needs one self-contained page whatever its size. */
  forceSingleFile?: boolean
}

export interface FeedPage {
  html: string
  /** Set when the media went to an `assets/` folder beside the page. */
  assets?: Map<string, Blob>
}

const randomNonce = () => crypto.randomUUID().replace(/-/g, '').slice(0, 12)

/** Fetches the story's media and draws the whole page, media inline or in an assets folder. */
export const buildFeedPage = async (
  input: ExportInput,
  options: FeedPageOptions = {},
): Promise<FeedPage> => {
  const { story, locale, theme } = input
  const posts = storyPosts(story, input.posts)
  const blobs = await collectMedia(
    fetchableUrls(mediaUrlsOf(Object.values(posts))),
    input.fetchMedia,
    {
      signal: input.signal,
      onProgress: input.onProgress,
    },
  )
  const media = preparePageMedia(posts, blobs, options.nonce ?? randomNonce())
  const bytes = media.files.reduce((sum, file) => sum + file.blob.size, 0)
  const toFolder = !options.forceSingleFile && bytes > (options.zipThreshold ?? ZIP_THRESHOLD_BYTES)

  const resolved = new Map<number, string>()
  const assets = new Map<string, Blob>()
  for (const file of media.files) {
    input.signal?.throwIfAborted()
    if (toFolder) {
      const path = assetPathOf(file)
      assets.set(path, file.blob)
      resolved.set(file.index, path)
    } else {
      resolved.set(file.index, await blobToDataUrl(file.blob))
    }
  }
  const body = media.replaceTokens(
    renderFeedBody({
      story,
      posts: media.posts,
      locale,
      theme,
      exportedAt: input.now?.() ?? new Date(),
    }),
    resolved,
  )
  const html = await buildHtmlDocument({
    lang: locale,
    title: pageTitle(story, locale),
    styles: pageStyles(theme),
    body,
    mediaFromFolder: toFolder,
  })
  return toFolder ? { html, assets } : { html }
}

const zipOf = async (page: FeedPage): Promise<Blob> => {
  const entries: Zippable = { 'index.html': strToU8(page.html) }
  for (const [path, blob] of page.assets ?? [])
    // Media are compressed already: storing them saves time and gains nothing.
    entries[path] = [new Uint8Array(await blob.arrayBuffer()), { level: 0 }]
  const zipped = zipSync(entries, { level: 6 })
  return new Blob([zipped.buffer as ArrayBuffer], { type: 'application/zip' })
}

export const exportFeedHtml = async (
  input: ExportInput,
  options: FeedPageOptions = {},
): Promise<ExportResult> => {
  const page = await buildFeedPage(input, options)
  const stem = fileStem(input.story.title)
  if (page.assets) {
    return {
      kind: 'file',
      file: { fileName: `${stem}.zip`, mimeType: 'application/zip', content: await zipOf(page) },
    }
  }
  return {
    kind: 'file',
    file: {
      fileName: `${stem}.html`,
      mimeType: 'text/html',
      content: new Blob([page.html], { type: 'text/html;charset=utf-8' }),
    },
  }
}

export const feedHtmlExporter: Exporter = { run: (input) => exportFeedHtml(input) }

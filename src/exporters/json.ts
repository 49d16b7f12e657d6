import { buildExportDocument, type ExportDocument } from '../domain/exportDocument'
import { blobToDataUrl } from './media/blobToDataUrl'
import { collectMedia } from './media/collectMedia'
import { mediaUrlsOf } from './media/mediaUrlsOf'
import { baseType, fetchableUrls } from './media/pageMedia'
import { fileStem } from './storyPosts'
import type { ExportInput, ExportResult, Exporter } from './types'

/**
 * The lossless export: the story, its post snapshots exactly as stored, and the bytes of every
 * media file that could be had (original URL → data URL), so the file alone restores it.
 */
export const buildJsonDocument = async (input: ExportInput): Promise<ExportDocument> => {
  const document = buildExportDocument(
    input.story,
    input.posts,
    {},
    (input.now?.() ?? new Date()).toISOString(),
  )
  const blobs = await collectMedia(
    fetchableUrls(mediaUrlsOf(Object.values(document.posts))),
    input.fetchMedia,
    { signal: input.signal, onProgress: input.onProgress },
  )
  for (const [url, blob] of blobs) {
    // `image/svg+xml; charset=utf-8` would not make a valid data URL: keep the bare type.
    const type = baseType(blob.type) || 'application/octet-stream'
    document.media[url] = await blobToDataUrl(
      blob.type === type ? blob : new Blob([blob], { type }),
    )
  }
  return document
}

export const exportJson = async (input: ExportInput): Promise<ExportResult> => {
  const document = await buildJsonDocument(input)
  return {
    kind: 'file',
    file: {
      fileName: `${fileStem(input.story.title)}.storyloom.json`,
      mimeType: 'application/json',
      // `<` as \u003c: the same JSON, but not one tag even if something serves it as HTML.
      content: new Blob([JSON.stringify(document, null, 2).replace(/</g, '\\u003c')], {
        type: 'application/json',
      }),
    },
  }
}

export const jsonExporter: Exporter = { run: exportJson }

import type { ArchiveFiles } from './archiveFiles'
import type { ImportContext } from './importContext'
import { mimeTypeOf } from './mediaTypes'
import { concatBytes } from './textChunks'

/**
 * Media files the posts point at, read from the archive in the order they are stored (reading
 * a zip front to back is cheapest) and handed to the sink. Only referenced files are inflated.
 */
export const sendArchiveMedia = async (
  context: ImportContext,
  files: ArchiveFiles,
  keysByPath: ReadonlyMap<string, string>,
): Promise<void> => {
  const order = new Map(files.paths.map((path, index) => [path, index]))
  const paths = [...keysByPath.keys()].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
  for (const path of paths) {
    const key = keysByPath.get(path)
    if (key === undefined || !files.has(path)) continue
    const chunks: Uint8Array[] = []
    for await (const chunk of files.read(path)) chunks.push(chunk)
    // A fresh buffer per file, so the worker can transfer it without taking anything else along.
    const bytes = concatBytes(chunks)
    context.sink.addMedia({ key, mimeType: mimeTypeOf(path), bytes })
    await context.sink.room()
  }
}

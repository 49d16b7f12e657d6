import { malformed, throwIfCancelled } from './archiveImportError'
import type { ArchiveFiles } from './archiveFiles'
import type { ImportContext } from './importContext'
import { JsonArrayScanError, JsonArrayScanner } from './jsonArrayScanner'
import { decodeUtf8Chunks } from './textChunks'
import type { ArchiveKind } from './types'

/**
 * Reads the array in one file of an archive element by element, as the file is inflated:
 * memory holds one chunk and one element, never the whole file.
 */
export const streamJsonArray = async (
  context: ImportContext,
  kind: ArchiveKind,
  files: ArchiveFiles,
  path: string,
  onElement: (value: unknown, index: number) => void,
  arrayKey?: string,
): Promise<number> => {
  const scanner = new JsonArrayScanner({ onElement, ...(arrayKey ? { arrayKey } : {}) })
  try {
    const { timings } = context.sink
    let mark = performance.now()
    for await (const text of decodeUtf8Chunks(files.read(path))) {
      const read = performance.now()
      timings.readMs += read - mark
      throwIfCancelled(context.signal)
      scanner.push(text)
      context.sink.progressIfMoved()
      timings.parseMs += performance.now() - read
      if (scanner.complete) break
      await context.sink.room()
      mark = performance.now()
    }
    scanner.end()
  } catch (error) {
    if (error instanceof JsonArrayScanError)
      throw malformed(kind, `${path} could not be read as JSON: ${error.message}`)
    throw error
  }
  return scanner.elements
}

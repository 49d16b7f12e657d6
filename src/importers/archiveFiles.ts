import { ArchiveImportError } from './archiveImportError'
import { inflateRaw } from './inflateRaw'
import { readBlobChunks, readBlobRange, type ReadMeter } from './readBlobChunks'
import { concatBytes } from './textChunks'
import type { ZipEntry } from './zipDirectory'

/**
 * The files of an archive, whether a zip or a single file chosen on its own: the parsers ask
 * for files by path and read them as chunks, never knowing which.
 */
export interface ArchiveFiles {
  /** Every path in the archive, `/`-separated, without a leading slash. */
  readonly paths: readonly string[]
  has(path: string): boolean
  /** Compressed size, which is what reading the file costs in bytes of the archive. */
  storedSize(path: string): number
  /** The file's bytes as they are inflated, in chunks. */
  read(path: string): AsyncIterable<Uint8Array>
}

export const readWhole = async (files: ArchiveFiles, path: string): Promise<Uint8Array> => {
  const chunks: Uint8Array[] = []
  for await (const chunk of files.read(path)) chunks.push(chunk)
  return concatBytes(chunks)
}

export const readText = async (files: ArchiveFiles, path: string): Promise<string> =>
  new TextDecoder('utf-8').decode(await readWhole(files, path))

const LOCAL_HEADER_BYTES = 30
const LOCAL_SIGNATURE = 0x04034b50

const normalizePath = (name: string) => name.replace(/\\/g, '/').replace(/^\/+/, '')

export const zipArchiveFiles = (
  file: Blob,
  entries: readonly ZipEntry[],
  meter: ReadMeter,
): ArchiveFiles => {
  const byPath = new Map<string, ZipEntry>()
  for (const entry of entries)
    if (!entry.name.endsWith('/')) byPath.set(normalizePath(entry.name), entry)
  const entryFor = (path: string): ZipEntry => {
    const entry = byPath.get(path)
    if (!entry) throw new Error(`No ${path} in the zip.`)
    return entry
  }
  return {
    paths: [...byPath.keys()],
    has: (path) => byPath.has(path),
    storedSize: (path) => byPath.get(path)?.compressedSize ?? 0,
    read: (path) => inflateEntry(file, entryFor(path), meter),
  }
}

async function* inflateEntry(file: Blob, entry: ZipEntry, meter: ReadMeter) {
  const header = await readBlobRange(
    file,
    entry.localHeaderOffset,
    entry.localHeaderOffset + LOCAL_HEADER_BYTES,
  )
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength)
  if (header.byteLength < LOCAL_HEADER_BYTES || view.getUint32(0, true) !== LOCAL_SIGNATURE)
    throw new ArchiveImportError(
      'truncated',
      `The zip's table of contents points at ${entry.name}, but the file is not there: the zip is damaged or incomplete.`,
    )
  const dataStart =
    entry.localHeaderOffset +
    LOCAL_HEADER_BYTES +
    view.getUint16(26, true) +
    view.getUint16(28, true)
  const dataEnd = dataStart + entry.compressedSize
  if (dataEnd > file.size)
    throw new ArchiveImportError(
      'truncated',
      `${entry.name} runs past the end of the zip: the file is incomplete.`,
    )
  const chunks = readBlobChunks(file, dataStart, dataEnd, meter)
  if (entry.method === 0) {
    yield* chunks
    return
  }
  if (entry.method !== 8)
    throw new ArchiveImportError(
      'malformed',
      `${entry.name} is compressed with method ${entry.method}; only stored and deflated files can be read.`,
    )
  let inflatedAny = false
  try {
    for await (const chunk of inflateRaw(chunks)) {
      inflatedAny = true
      yield chunk
    }
  } catch (error) {
    if (error instanceof ArchiveImportError) throw error
    throw new ArchiveImportError(
      'malformed',
      `${entry.name} could not be decompressed (${error instanceof Error ? error.message : String(error)}): the zip is damaged.`,
    )
  }
  if (!inflatedAny && entry.size > 0)
    throw new ArchiveImportError('malformed', `${entry.name} is empty in the zip.`)
}

/** A single file chosen on its own (a bare `tweets.js`, `outbox.json`, `Shares.csv`). */
export const singleFileArchive = (file: Blob, path: string, meter: ReadMeter): ArchiveFiles => ({
  paths: [path],
  has: (candidate) => candidate === path,
  storedSize: (candidate) => (candidate === path ? file.size : 0),
  read: (candidate) => {
    if (candidate !== path) throw new Error(`No ${candidate}: only ${path} was chosen.`)
    return readBlobChunks(file, 0, file.size, meter)
  },
})

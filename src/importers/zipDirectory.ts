import { ArchiveImportError } from './archiveImportError'
import { readBlobRange } from './readBlobChunks'

/**
 * The table of contents at the end of a zip (its central directory), read without touching the
 * entries: it tells which archive this is and where each file sits, so only the files needed
 * are read and inflated, in the order the import needs them. A zip cut short has lost this
 * table, which is how an interrupted download is recognised.
 */
export interface ZipEntry {
  name: string
  /** 0 stored, 8 deflated. */
  method: number
  compressedSize: number
  size: number
  localHeaderOffset: number
}

const EOCD_SIGNATURE = 0x06054b50
const EOCD64_LOCATOR_SIGNATURE = 0x07064b50
const EOCD64_SIGNATURE = 0x06064b50
const CENTRAL_SIGNATURE = 0x02014b50
const EOCD_BYTES = 22
const MAX_COMMENT_BYTES = 0xffff
const ZIP64_EXTRA = 0x0001

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`

const truncated = (size: number, what: string) =>
  new ArchiveImportError(
    'truncated',
    `The zip is incomplete: ${what} (the file is ${megabytes(size)}). The download was probably interrupted; download the archive again.`,
  )

const u64 = (view: DataView, offset: number): number =>
  view.getUint32(offset, true) + view.getUint32(offset + 4, true) * 0x1_0000_0000

interface EndRecord {
  entries: number
  directorySize: number
  directoryOffset: number
}

const findEndRecord = async (file: Blob): Promise<EndRecord> => {
  const tailStart = Math.max(0, file.size - (EOCD_BYTES + MAX_COMMENT_BYTES))
  const tail = await readBlobRange(file, tailStart, file.size)
  const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength)
  for (let at = tail.byteLength - EOCD_BYTES; at >= 0; at -= 1) {
    if (view.getUint32(at, true) !== EOCD_SIGNATURE) continue
    // The comment must run exactly to the end of the file, or these bytes are just data.
    if (at + EOCD_BYTES + view.getUint16(at + 20, true) !== tail.byteLength) continue
    let entries = view.getUint16(at + 10, true)
    let directorySize = view.getUint32(at + 12, true)
    let directoryOffset = view.getUint32(at + 16, true)
    const needsZip64 =
      entries === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff
    if (needsZip64 && at >= 20 && view.getUint32(at - 20, true) === EOCD64_LOCATOR_SIGNATURE) {
      const recordOffset = u64(view, at - 20 + 8)
      const record = await readBlobRange(file, recordOffset, recordOffset + 56)
      const recordView = new DataView(record.buffer, record.byteOffset, record.byteLength)
      if (record.byteLength === 56 && recordView.getUint32(0, true) === EOCD64_SIGNATURE) {
        entries = u64(recordView, 32)
        directorySize = u64(recordView, 40)
        directoryOffset = u64(recordView, 48)
      }
    }
    return { entries, directorySize, directoryOffset }
  }
  throw truncated(file.size, 'its table of contents, stored at the end of every zip, is missing')
}

const zip64Values = (view: DataView, start: number, length: number, wanted: number): number[] => {
  const values: number[] = []
  let at = start
  while (at + 4 <= start + length) {
    const id = view.getUint16(at, true)
    const size = view.getUint16(at + 2, true)
    if (id === ZIP64_EXTRA) {
      for (let i = 0; i < wanted && 8 * (i + 1) <= size; i += 1)
        values.push(u64(view, at + 4 + 8 * i))
      return values
    }
    at += 4 + size
  }
  return values
}

const nameDecoder = new TextDecoder('utf-8')

export const readZipDirectory = async (file: Blob): Promise<ZipEntry[]> => {
  const end = await findEndRecord(file)
  if (end.directoryOffset + end.directorySize > file.size)
    throw truncated(file.size, 'its table of contents points past the end of the file')
  const bytes = await readBlobRange(
    file,
    end.directoryOffset,
    end.directoryOffset + end.directorySize,
  )
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const entries: ZipEntry[] = []
  let at = 0
  while (at + 46 <= bytes.byteLength && view.getUint32(at, true) === CENTRAL_SIGNATURE) {
    const method = view.getUint16(at + 10, true)
    let compressedSize = view.getUint32(at + 20, true)
    let size = view.getUint32(at + 24, true)
    const nameLength = view.getUint16(at + 28, true)
    const extraLength = view.getUint16(at + 30, true)
    const commentLength = view.getUint16(at + 32, true)
    let localHeaderOffset = view.getUint32(at + 42, true)
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength)
    // Names without the UTF-8 flag are CP437; the names we look for are ASCII either way.
    const name = nameDecoder.decode(nameBytes)
    const wanted = [size, compressedSize, localHeaderOffset].filter((v) => v === 0xffffffff).length
    if (wanted > 0) {
      const values = zip64Values(view, at + 46 + nameLength, extraLength, wanted)
      if (size === 0xffffffff) size = values.shift() ?? size
      if (compressedSize === 0xffffffff) compressedSize = values.shift() ?? compressedSize
      if (localHeaderOffset === 0xffffffff) localHeaderOffset = values.shift() ?? localHeaderOffset
    }
    entries.push({ name, method, compressedSize, size, localHeaderOffset })
    at += 46 + nameLength + extraLength + commentLength
  }
  if (entries.length < end.entries)
    throw truncated(
      file.size,
      `its table of contents lists ${end.entries} files but only ${entries.length} could be read`,
    )
  return entries
}

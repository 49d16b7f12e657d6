/** How much of the file has been read, shared by every reader so progress counts real bytes. */
export interface ReadMeter {
  bytesRead: number
}

const READ_CHUNK_BYTES = 1 << 20

/**
 * A byte range of a Blob in 1 MB chunks, read with `slice().arrayBuffer()` rather than
 * `stream()`: it works on every Blob implementation and lets zip entries be read out of order.
 */
export async function* readBlobChunks(
  blob: Blob,
  start: number,
  end: number,
  meter: ReadMeter,
  chunkBytes = READ_CHUNK_BYTES,
): AsyncGenerator<Uint8Array> {
  for (let offset = start; offset < end; offset += chunkBytes) {
    const stop = Math.min(end, offset + chunkBytes)
    const bytes = new Uint8Array(await blob.slice(offset, stop).arrayBuffer())
    meter.bytesRead += bytes.byteLength
    yield bytes
  }
}

export const readBlobRange = async (blob: Blob, start: number, end: number): Promise<Uint8Array> =>
  new Uint8Array(await blob.slice(start, end).arrayBuffer())

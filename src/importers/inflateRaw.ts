import { Inflate } from 'fflate'

/**
 * Raw deflate data (a zip entry) inflated as it arrives. The browser's own
 * `DecompressionStream('deflate-raw')` is native code and several times faster than inflating in
 * JavaScript, which matters on a 150 MB tweets.js; fflate takes over where it is missing.
 * Throws whatever the decompressor throws on damaged data; the caller words it.
 */
export const inflateRaw = (chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> =>
  hasNativeInflate() ? inflateNative(chunks) : inflateWithFflate(chunks)

let native: boolean | undefined

const hasNativeInflate = (): boolean => {
  if (native === undefined) {
    try {
      native = typeof DecompressionStream === 'function' && !!new DecompressionStream('deflate-raw')
    } catch {
      native = false
    }
  }
  return native
}

/** For tests: force one path (undefined: detect again). */
export const forceNativeInflate = (value: boolean | undefined) => {
  native = value
}

/** The native stream's output arrives in small pieces: joined to about this, fewer strings. */
const OUTPUT_BYTES = 1 << 20

async function* inflateNative(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const stream = new DecompressionStream('deflate-raw')
  const writer = stream.writable.getWriter()
  const reader = stream.readable.getReader()
  let stopped = false
  let feedError: unknown
  // Writes wait while the output is not read: memory holds a few chunks, never the whole file.
  const feeding = (async () => {
    try {
      for await (const chunk of chunks) {
        if (stopped) return
        await writer.write(chunk as Uint8Array<ArrayBuffer>)
      }
      await writer.close()
    } catch (error) {
      // Reading the file failed, or the data is damaged: either way the readable side must
      // fail too, or the loop below would wait for ever.
      feedError = error
      await writer.abort(error).catch(() => {})
    }
  })()
  let pending: Uint8Array[] = []
  let pendingBytes = 0
  try {
    for (;;) {
      let result: ReadableStreamReadResult<Uint8Array>
      try {
        result = await reader.read()
      } catch (error) {
        throw feedError ?? error
      }
      const { done, value } = result
      if (done) break
      pending.push(value)
      pendingBytes += value.byteLength
      if (pendingBytes >= OUTPUT_BYTES) {
        yield join(pending, pendingBytes)
        pending = []
        pendingBytes = 0
      }
    }
    await feeding
    if (feedError !== undefined) throw feedError
    if (pendingBytes > 0) yield join(pending, pendingBytes)
  } finally {
    stopped = true
    // Left early (an error, a cancel, or the reader has what it needs): release the stream.
    reader.cancel().catch(() => {})
  }
}

const join = (parts: readonly Uint8Array[], total: number): Uint8Array => {
  if (parts.length === 1) return parts[0]!
  const out = new Uint8Array(total)
  let offset = 0
  for (const part of parts) {
    out.set(part, offset)
    offset += part.byteLength
  }
  return out
}

async function* inflateWithFflate(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let out: Uint8Array[] = []
  const inflate = new Inflate((data) => out.push(data))
  for await (const chunk of chunks) {
    inflate.push(chunk, false)
    if (out.length > 0) {
      yield* out
      out = []
    }
  }
  inflate.push(new Uint8Array(0), true)
  yield* out
}

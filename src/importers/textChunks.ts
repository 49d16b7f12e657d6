/** UTF-8 bytes arriving in chunks, as text chunks; a character split across chunks is kept whole. */
export async function* decodeUtf8Chunks(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8')
  let first = true
  for await (const chunk of chunks) {
    let text = decoder.decode(chunk, { stream: true })
    // A byte-order mark would otherwise sit before the prefix or the first bracket.
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
      first = false
    }
    if (text !== '') yield text
  }
  const rest = decoder.decode()
  if (rest !== '') yield rest
}

/** All chunks joined, for the small files (account.js, actor.json, a CSV). */
export const concatBytes = (chunks: readonly Uint8Array[]): Uint8Array => {
  const total = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0)
  const out = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.byteLength
  }
  return out
}

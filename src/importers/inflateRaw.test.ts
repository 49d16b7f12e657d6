import { deflateSync } from 'fflate'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { forceNativeInflate, inflateRaw } from './inflateRaw'
import { concatBytes } from './textChunks'

async function* chunksOf(bytes: Uint8Array, size: number) {
  for (let at = 0; at < bytes.length; at += size) yield bytes.slice(at, at + size)
}

const collect = async (chunks: AsyncIterable<Uint8Array>) => {
  const out: Uint8Array[] = []
  for await (const chunk of chunks) out.push(chunk)
  return out
}

/** 2 MB of text that compresses, with accents and emoji so byte boundaries fall mid-character. */
const original = new TextEncoder().encode(
  Array.from({ length: 40_000 }, (_, i) => `tweet ${i} café 👋 ${i % 7 === 0 ? 'RT ' : ''}`).join(
    '\n',
  ),
)
const deflated = deflateSync(original, { level: 6 })

afterEach(() => forceNativeInflate(undefined))

describe.each([
  ['DecompressionStream', true],
  ['fflate', false],
])('inflateRaw with %s', (_, native) => {
  it('inflates data fed in small chunks to the original bytes', async () => {
    forceNativeInflate(native)
    const out = await collect(inflateRaw(chunksOf(deflated, 4096)))
    // Compared as one Buffer: element by element, 2 MB would take the test's whole time.
    expect(Buffer.from(concatBytes(out)).equals(Buffer.from(original))).toBe(true)
  })

  it('fails on damaged data instead of returning garbage', async () => {
    forceNativeInflate(native)
    const damaged = deflated.slice()
    damaged.fill(0xff, 100, 400)
    await expect(collect(inflateRaw(chunksOf(damaged, 4096)))).rejects.toThrow()
  })

  it('passes on an error of the reader with its own message', async () => {
    forceNativeInflate(native)
    async function* failing() {
      yield deflated.slice(0, 1000)
      throw new Error('The file could not be read any more.')
    }
    await expect(collect(inflateRaw(failing()))).rejects.toThrow(
      'The file could not be read any more.',
    )
  })
})

describe('inflateRaw, natively', () => {
  it('ends cleanly, letting go of the file, when its reader stops early', async () => {
    forceNativeInflate(true)
    let closed = false
    async function* source() {
      try {
        yield* chunksOf(deflated, 1024)
      } finally {
        closed = true
      }
    }
    for await (const chunk of inflateRaw(source())) {
      expect(chunk.byteLength).toBeGreaterThan(0)
      break
    }
    await vi.waitFor(() => expect(closed).toBe(true))
  })
})

import { zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { readWhole, zipArchiveFiles } from './archiveFiles'
import { readZipDirectory } from './zipDirectory'

const text = (value: string) => new TextEncoder().encode(value)
const blobOf = (bytes: Uint8Array) => new Blob([new Uint8Array(bytes)])

/** The same zip with its end record written the ZIP64 way (as archives over 4 GB are). */
const asZip64 = (zip: Uint8Array): Uint8Array => {
  const eocd = zip.length - 22
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  const entries = view.getUint16(eocd + 10, true)
  const size = view.getUint32(eocd + 12, true)
  const offset = view.getUint32(eocd + 16, true)
  const record = new DataView(new ArrayBuffer(56))
  record.setUint32(0, 0x06064b50, true)
  record.setBigUint64(4, 44n, true)
  record.setUint16(12, 45, true)
  record.setUint16(14, 45, true)
  record.setBigUint64(24, BigInt(entries), true)
  record.setBigUint64(32, BigInt(entries), true)
  record.setBigUint64(40, BigInt(size), true)
  record.setBigUint64(48, BigInt(offset), true)
  const locator = new DataView(new ArrayBuffer(20))
  locator.setUint32(0, 0x07064b50, true)
  locator.setBigUint64(8, BigInt(eocd), true)
  locator.setUint32(16, 1, true)
  const end = zip.slice(eocd)
  const endView = new DataView(end.buffer)
  endView.setUint16(8, 0xffff, true)
  endView.setUint16(10, 0xffff, true)
  endView.setUint32(12, 0xffffffff, true)
  endView.setUint32(16, 0xffffffff, true)
  const out = new Uint8Array(eocd + 56 + 20 + 22)
  out.set(zip.subarray(0, eocd))
  out.set(new Uint8Array(record.buffer), eocd)
  out.set(new Uint8Array(locator.buffer), eocd + 56)
  out.set(end, eocd + 76)
  return out
}

describe('readZipDirectory', () => {
  const zip = zipSync({
    'data/tweets.js': text('window.YTD.tweets.part0 = []'.repeat(50)),
    'data/stored.txt': [text('kept as is'), { level: 0 }],
  })

  it('lists the entries with their compression, sizes and offsets', async () => {
    const entries = await readZipDirectory(blobOf(zip))
    expect(entries.map(({ name, method, size }) => ({ name, method, size }))).toEqual([
      { name: 'data/tweets.js', method: 8, size: 28 * 50 },
      { name: 'data/stored.txt', method: 0, size: 10 },
    ])
  })

  it('reads deflated and stored entries back', async () => {
    const meter = { bytesRead: 0 }
    const files = zipArchiveFiles(blobOf(zip), await readZipDirectory(blobOf(zip)), meter)
    expect(new TextDecoder().decode(await readWhole(files, 'data/stored.txt'))).toBe('kept as is')
    expect(new TextDecoder().decode(await readWhole(files, 'data/tweets.js'))).toBe(
      'window.YTD.tweets.part0 = []'.repeat(50),
    )
    expect(meter.bytesRead).toBeGreaterThan(0)
  })

  it('reads a ZIP64 end record', async () => {
    const entries = await readZipDirectory(blobOf(asZip64(zip)))
    expect(entries.map((entry) => entry.name)).toEqual(['data/tweets.js', 'data/stored.txt'])
  })

  it('says an entry damaged inside a complete zip is damaged', async () => {
    const damaged = zip.slice()
    // Overwrite the deflated data of the first entry (after its 30-byte header and name).
    damaged.fill(0xff, 30 + 'data/tweets.js'.length, 30 + 'data/tweets.js'.length + 8)
    const files = zipArchiveFiles(blobOf(damaged), await readZipDirectory(blobOf(damaged)), {
      bytesRead: 0,
    })
    await expect(readWhole(files, 'data/tweets.js')).rejects.toMatchObject({
      reason: 'malformed',
      detail: expect.stringMatching(
        /^data\/tweets\.js could not be decompressed \(.+\): the zip is damaged\.$/,
      ),
    })
  })
})

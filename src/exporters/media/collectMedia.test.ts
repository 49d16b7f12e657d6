import { describe, expect, it } from 'vitest'
import { blobToDataUrl } from './blobToDataUrl'
import { collectMedia } from './collectMedia'

describe('collectMedia', () => {
  it('fetches each URL once and leaves out the ones that cannot be had', async () => {
    const calls: string[] = []
    const media = await collectMedia(['/a.png', '/b.png', '/a.png', '/gone.png'], async (url) => {
      calls.push(url)
      return url === '/gone.png' ? undefined : new Blob([url], { type: 'image/png' })
    })
    expect(calls.sort()).toEqual(['/a.png', '/b.png', '/gone.png'])
    expect([...media.keys()].sort()).toEqual(['/a.png', '/b.png'])
  })

  it('treats a fetcher that throws as a missing file and reports progress', async () => {
    const progress: number[] = []
    const media = await collectMedia(
      ['/x', '/y'],
      async (url) => {
        if (url === '/x') throw new TypeError('Failed to fetch')
        return new Blob(['y'])
      },
      { onProgress: (done) => progress.push(done) },
    )
    expect([...media.keys()]).toEqual(['/y'])
    expect(progress).toEqual([1, 2])
  })
})

describe('blobToDataUrl', () => {
  it('encodes the bytes with their type', async () => {
    expect(await blobToDataUrl(new Blob(['hi'], { type: 'text/plain' }))).toBe(
      'data:text/plain;base64,aGk=',
    )
  })
})

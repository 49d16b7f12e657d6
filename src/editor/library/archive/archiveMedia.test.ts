import { afterEach, describe, expect, it, vi } from 'vitest'
import { fetchMediaBlob } from '../../export/fetchMediaBlob'
import { archiveStore } from '../../../store/archive/archiveStore'

afterEach(async () => {
  await archiveStore.forgetAll()
})

describe('fetchMediaBlob with archived media', () => {
  it('hands over the stored bytes of an archive-media: address without any request', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch')
    await archiveStore.saveBatch({
      posts: [],
      media: [{ key: 'twitter/1-a.png', mimeType: 'image/png', bytes: new Uint8Array([7, 8]) }],
    })
    const blob = await fetchMediaBlob('archive-media:twitter/1-a.png')
    expect(blob?.type).toBe('image/png')
    expect([...new Uint8Array(await new Response(blob).arrayBuffer())]).toEqual([7, 8])
    expect(await fetchMediaBlob('archive-media:twitter/none.png')).toBeUndefined()
    expect(fetchSpy).not.toHaveBeenCalled()
  })
})

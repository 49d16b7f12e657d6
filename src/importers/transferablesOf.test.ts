import { describe, expect, it } from 'vitest'
import { transferablesOf } from './transferablesOf'

describe('transferablesOf', () => {
  it('moves whole media buffers and leaves views into shared ones', () => {
    const own = new Uint8Array([1, 2, 3])
    const shared = new Uint8Array(8)
    const view = shared.subarray(2, 4)
    const buffers = transferablesOf({
      type: 'batch',
      batch: {
        posts: [],
        media: [
          { key: 'a', mimeType: 'image/png', bytes: own },
          { key: 'b', mimeType: 'image/png', bytes: view },
        ],
      },
    })
    expect(buffers).toEqual([own.buffer])
    expect(transferablesOf({ type: 'done', kind: 'twitter', posts: 1, media: 0 })).toEqual([])
  })
})

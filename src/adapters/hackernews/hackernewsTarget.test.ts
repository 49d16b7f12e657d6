import { describe, expect, it } from 'vitest'
import { hackerNewsTargetOf, itemIdFromUrl } from './hackernewsTarget'

describe('hackerNewsTargetOf', () => {
  it('reads item links only on news.ycombinator.com', () => {
    expect(itemIdFromUrl('https://news.ycombinator.com/item?id=8863')).toBe(8863)
    expect(itemIdFromUrl('https://news.ycombinator.com/item?id=88x')).toBeUndefined()
    expect(itemIdFromUrl('https://news.ycombinator.com/user?id=pg')).toBeUndefined()
    expect(itemIdFromUrl('https://news.ycombinator.com.evil.example/item?id=1')).toBeUndefined()
  })

  it('reads list words, case-insensitively, and users', () => {
    expect(hackerNewsTargetOf({ kind: 'text', text: ' Show ' })).toEqual({
      kind: 'list',
      list: 'show',
    })
    expect(hackerNewsTargetOf({ kind: 'text', text: 'user:pg' })).toEqual({
      kind: 'user',
      id: 'pg',
    })
    expect(hackerNewsTargetOf({ kind: 'account', handle: '@dang' })).toEqual({
      kind: 'user',
      id: 'dang',
    })
    expect(hackerNewsTargetOf({ kind: 'account', handle: 'a@b.example' })).toBeUndefined()
    expect(hackerNewsTargetOf({ kind: 'text', text: 'toString' })).toBeUndefined()
    expect(hackerNewsTargetOf({ kind: 'text', text: 'rust news' })).toBeUndefined()
  })
})

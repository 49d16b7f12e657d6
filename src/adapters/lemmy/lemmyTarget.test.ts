import { describe, expect, it } from 'vitest'
import { lemmyTargetOf, parseLemmyUrl } from './lemmyTarget'

describe('lemmy targets', () => {
  it('reads post and community links on any https instance', () => {
    expect(parseLemmyUrl('https://sh.itjust.works/post/5716352')).toEqual({
      kind: 'post',
      server: 'https://sh.itjust.works',
      id: 5716352,
    })
    expect(parseLemmyUrl('https://lemmy.ml/c/rust')).toEqual({
      kind: 'community',
      name: 'rust@lemmy.ml',
    })
    expect(parseLemmyUrl('https://lemmy.ml/c/rust@lemmy.world')).toEqual({
      kind: 'community',
      name: 'rust@lemmy.world',
    })
    expect(parseLemmyUrl('http://lemmy.ml/post/1')).toBeUndefined()
    expect(parseLemmyUrl('https://lemmy.ml/post/1/comment/2')).toBeUndefined()
  })

  it('reads typed communities and words', () => {
    expect(lemmyTargetOf({ kind: 'text', text: '!rust' })).toEqual({
      kind: 'community',
      name: 'rust',
    })
    expect(lemmyTargetOf({ kind: 'text', text: 'c/rust@lemmy.ml' })).toEqual({
      kind: 'community',
      name: 'rust@lemmy.ml',
    })
    expect(lemmyTargetOf({ kind: 'text', text: '!rust news' })).toEqual({
      kind: 'search',
      text: '!rust news',
    })
    expect(lemmyTargetOf({ kind: 'account', handle: 'a@b.example' })).toBeUndefined()
  })
})

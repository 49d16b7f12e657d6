import { describe, expect, it } from 'vitest'
import type { Media, Post } from '../post'
import { compareSnapshots } from './compareSnapshots'

const AT = '2026-11-25T12:00:00.000Z'
const picture = (alt: string, url = 'https://x.example/a.png'): Media => ({
  kind: 'image',
  url,
  alt,
})
const post = (overrides: Partial<Post> = {}): Post => ({
  id: 'mastodon:1',
  source: 'mastodon',
  url: 'https://x.example/@a/1',
  author: { name: 'A', handle: '@a@x.example' },
  createdAt: '2026-01-01T00:00:00.000Z',
  fetchedAt: '2026-01-01T00:00:00.000Z',
  text: 'Hello world',
  html: '<p>Hello world</p>',
  media: [picture('A lake')],
  availability: { state: 'available' },
  ...overrides,
})

describe('compareSnapshots', () => {
  it('live when nothing a reader sees changed (whitespace, file addresses, metrics aside)', () => {
    const fresh = post({
      text: 'Hello\n world ',
      media: [picture('A lake', 'https://cdn.x.example/moved.png')],
      metrics: { likes: 40 },
    })
    expect(compareSnapshots(post(), fresh, AT)).toEqual({ state: 'live', checkedAt: AT })
  })

  it('edited text: says so and keeps the text as it now reads', () => {
    expect(compareSnapshots(post(), post({ text: 'Hello there' }), AT)).toEqual({
      state: 'edited',
      checkedAt: AT,
      changes: ['text'],
      currentText: 'Hello there',
    })
  })

  it('media added, removed or described differently', () => {
    expect(compareSnapshots(post(), post({ media: [] }), AT).changes).toEqual(['media'])
    expect(
      compareSnapshots(post(), post({ media: [picture('A lake'), picture('Ice')] }), AT).changes,
    ).toEqual(['media'])
    expect(compareSnapshots(post(), post({ media: [picture('A pond')] }), AT).changes).toEqual([
      'media',
    ])
  })

  it('a content warning added, and several changes at once, in a fixed order', () => {
    const result = compareSnapshots(
      post(),
      post({ text: 'Other', media: [], contentWarning: 'spoilers' }),
      AT,
    )
    expect(result.state).toBe('edited')
    expect(result.changes).toEqual(['text', 'media', 'contentWarning'])
    expect(result.currentText).toBe('Other')
  })

  it('no currentText when only media changed', () => {
    expect(compareSnapshots(post(), post({ media: [] }), AT)).not.toHaveProperty('currentText')
  })
})

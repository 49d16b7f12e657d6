import { describe, expect, it } from 'vitest'
import { citedAuthorsOf, mentionFor } from './citedAuthors'
import { testPost } from './testPost'

const lea = { name: 'Léa Martin', handle: '@Lea@Example.social' }
const ana = { name: 'Ana', handle: '@ana.bsky.social' }

describe('citedAuthorsOf', () => {
  it('groups the authors of posts and quoted posts by network, once each, not the booster', () => {
    const posts = {
      a: testPost('a', { author: lea, repostedBy: { name: 'Zoé', handle: '@zoe@x.social' } }),
      b: testPost('b', {
        source: 'bluesky',
        author: ana,
        quote: { state: 'available', post: testPost('q', { author: lea }) },
      }),
      c: testPost('c', { author: { ...lea, handle: '@lea@example.social' } }),
      d: testPost('d', { source: 'rss', author: { name: '', handle: '' } }),
    }
    const story = {
      blocks: [
        { id: '1', type: 'post' as const, postId: 'a' },
        { id: '2', type: 'section' as const, title: 'Then' },
        { id: '3', type: 'post' as const, postId: 'b' },
        { id: '4', type: 'post' as const, postId: 'c' },
        { id: '5', type: 'post' as const, postId: 'd' },
        { id: '6', type: 'post' as const, postId: 'gone' },
      ],
    }
    expect(
      citedAuthorsOf(story, posts).map(({ source, authors }) => [
        source,
        authors.map((cited) => cited.key),
      ]),
    ).toEqual([
      ['mastodon', ['mastodon:@lea@example.social']],
      ['bluesky', ['bluesky:@ana.bsky.social']],
    ])
  })
})

describe('mentionFor', () => {
  it('uses the handle on a network, the name in an e-mail', () => {
    expect(mentionFor(lea, false)).toBe('@Lea@Example.social')
    expect(mentionFor(ana, false)).toBe('@ana.bsky.social')
    expect(mentionFor(ana, true)).toBe('Ana')
  })

  it('falls back to the name when the handle cannot be mentioned (a Bluesky DID)', () => {
    expect(mentionFor({ name: 'Kai', handle: 'did:plc:abc123' }, false)).toBe('Kai')
  })
})

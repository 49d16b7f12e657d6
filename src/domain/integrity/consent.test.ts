import { describe, expect, it } from 'vitest'
import { testPost as makeTestPost } from './testPost'
import type { Story } from '../story'
import { quotingRestrictions, restrictedPostsOf, withoutRestrictedPosts } from './consent'

describe('quotingRestrictions', () => {
  it.each([
    [{ quote: 'nobody' as const }, ['quote-nobody']],
    [{ quote: 'followers' as const }, ['quote-followers']],
    [{ quote: 'following' as const }, ['quote-following']],
    [{ quote: 'anyone' as const }, []],
    [{ embeddingDisabled: true, quote: 'nobody' as const }, ['quote-nobody', 'embedding-disabled']],
    [{ hideFromLoggedOut: true }, ['hidden-from-logged-out']],
  ])('%o → %o', (reusePolicy, expected) => {
    expect(quotingRestrictions({ reusePolicy })).toEqual(expected)
  })

  it('has nothing to say of a post without a policy', () => {
    expect(quotingRestrictions({})).toEqual([])
  })

  it('reads the no-unauthenticated label, once even when the policy says it too', () => {
    expect(quotingRestrictions({ labels: ['!no-unauthenticated'] })).toEqual([
      'hidden-from-logged-out',
    ])
    expect(
      quotingRestrictions({
        labels: ['!no-unauthenticated'],
        reusePolicy: { hideFromLoggedOut: true },
      }),
    ).toEqual(['hidden-from-logged-out'])
  })

  it('ignores an unknown quote value from a damaged snapshot', () => {
    const reusePolicy = { quote: 'toString' } as unknown as { quote: 'anyone' }
    expect(quotingRestrictions({ reusePolicy })).toEqual([])
  })
})

describe('restricted posts of a story', () => {
  const open = makeTestPost('open')
  const closed = makeTestPost('closed', { reusePolicy: { quote: 'nobody' } })
  const hidden = makeTestPost('hidden', { reusePolicy: { hideFromLoggedOut: true } })
  const quoting = makeTestPost('quoting', { quote: { state: 'available', post: closed } })
  const posts = { open, closed, hidden, quoting }
  const story: Pick<Story, 'blocks'> = {
    blocks: [
      { id: 'a', type: 'post', postId: 'open' },
      { id: 'b', type: 'post', postId: 'closed' },
      { id: 'c', type: 'section', title: 'Later' },
      { id: 'd', type: 'post', postId: 'hidden' },
      { id: 'e', type: 'post', postId: 'closed' },
      { id: 'f', type: 'post', postId: 'quoting' },
      { id: 'g', type: 'post', postId: 'missing' },
    ],
  }

  it('lists each restricted post once, in story order', () => {
    expect(
      restrictedPostsOf(story, posts).map(({ post, restrictions }) => [post.id, restrictions]),
    ).toEqual([
      ['closed', ['quote-nobody']],
      ['hidden', ['hidden-from-logged-out']],
    ])
  })

  it('leaves out every block of a restricted post and keeps the rest', () => {
    expect(withoutRestrictedPosts(story, posts).blocks.map((block) => block.id)).toEqual([
      'a',
      'c',
      'f',
      'g',
    ])
  })

  it('returns the same story when nothing is restricted', () => {
    const plain = { blocks: [{ id: 'a', type: 'post' as const, postId: 'open' }] }
    expect(withoutRestrictedPosts(plain, posts)).toBe(plain)
  })
})

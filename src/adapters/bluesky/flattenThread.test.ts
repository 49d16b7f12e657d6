import { describe, expect, it } from 'vitest'
import { readFixtureJson } from '../../test/fixturePath'
import { flattenThread } from './flattenThread'
import type { RawThreadNode } from './rawTypes'

const FETCHED_AT = '2026-11-25T12:00:00.000Z'

const ALICE = { did: 'did:plc:alice', handle: 'alice.example', displayName: 'Alice' }
const BOB = { did: 'did:plc:bob', handle: 'bob.example', displayName: 'Bob' }
const CAROL = { did: 'did:plc:carol', handle: 'carol.example', displayName: 'Carol' }

const uriOf = (did: string, rkey: string) => `at://${did}/app.bsky.feed.post/${rkey}`

const node = (
  author: typeof ALICE,
  rkey: string,
  extra: { parent?: RawThreadNode; replies?: RawThreadNode[] } = {},
): RawThreadNode => ({
  $type: 'app.bsky.feed.defs#threadViewPost',
  post: {
    uri: uriOf(author.did, rkey),
    cid: 'bafy',
    author,
    record: { $type: 'app.bsky.feed.post', text: rkey, createdAt: '2025-01-01T00:00:00.000Z' },
    indexedAt: '2025-01-01T00:00:01.000Z',
  },
  ...extra,
})

const notFound = (did: string, rkey: string): RawThreadNode => ({
  $type: 'app.bsky.feed.defs#notFoundPost',
  uri: uriOf(did, rkey),
  notFound: true,
})

const blocked = (did: string, rkey: string): RawThreadNode => ({
  $type: 'app.bsky.feed.defs#blockedPost',
  uri: uriOf(did, rkey),
  blocked: true,
  author: { did },
})

/**
 * root (Alice) → p1 (Alice) → focal (Alice), answered by
 *   bob1 (Bob) → alice-to-bob (Alice)
 *   self1 (Alice) → self2 (Alice), carol1 (Carol)
 *   a deleted reply of Alice's, a blocked reply of Bob's
 */
const thread = node(ALICE, 'focal', {
  parent: node(ALICE, 'p1', { parent: node(ALICE, 'root') }),
  replies: [
    node(BOB, 'bob1', { replies: [node(ALICE, 'alice-to-bob')] }),
    node(ALICE, 'self1', { replies: [node(ALICE, 'self2'), node(CAROL, 'carol1')] }),
    notFound(ALICE.did, 'deleted1'),
    blocked(BOB.did, 'blocked1'),
  ],
})

const rkeys = (posts: { sourceRef?: string }[]) =>
  posts.map((post) => post.sourceRef?.split('/').at(-1))

describe('flattenThread', () => {
  it('orders the whole thread: parents root first, the post, then replies depth-first', () => {
    const posts = flattenThread(thread, { mode: 'thread', fetchedAt: FETCHED_AT })
    expect(rkeys(posts)).toEqual([
      'root',
      'p1',
      'focal',
      'bob1',
      'alice-to-bob',
      'self1',
      'self2',
      'carol1',
      'deleted1',
      'blocked1',
    ])
  })

  it('keeps only the root author’s own chain in author-thread mode', () => {
    const posts = flattenThread(thread, { mode: 'author-thread', fetchedAt: FETCHED_AT })
    expect(rkeys(posts)).toEqual(['root', 'p1', 'focal', 'self1', 'self2', 'deleted1'])
  })

  it('turns missing and blocked posts into unavailable Posts, not errors', () => {
    const posts = flattenThread(thread, { mode: 'thread', fetchedAt: FETCHED_AT })
    const gone = posts.find((post) => post.sourceRef?.endsWith('/deleted1'))
    expect(gone).toEqual({
      id: 'bluesky:at://did:plc:alice/app.bsky.feed.post/deleted1',
      source: 'bluesky',
      url: 'https://bsky.app/profile/did:plc:alice/post/deleted1',
      author: {
        name: 'did:plc:alice',
        handle: 'did:plc:alice',
        id: 'did:plc:alice',
        url: 'https://bsky.app/profile/did:plc:alice',
      },
      createdAt: FETCHED_AT,
      fetchedAt: FETCHED_AT,
      text: '',
      html: '',
      media: [],
      availability: { state: 'unavailable', reason: 'not-found', checkedAt: FETCHED_AT },
      sourceRef: 'at://did:plc:alice/app.bsky.feed.post/deleted1',
    })
    const block = posts.find((post) => post.sourceRef?.endsWith('/blocked1'))
    expect(block?.availability).toEqual({
      state: 'unavailable',
      reason: 'blocked',
      checkedAt: FETCHED_AT,
    })
    expect(block?.url).toBe('https://bsky.app/profile/did:plc:bob/post/blocked1')
  })

  it('links each reply to the parent it answers, with the parent’s handle', () => {
    const withRef = flattenThread(
      node(BOB, 'parent', {
        replies: [
          {
            ...node(ALICE, 'child'),
            post: {
              ...(node(ALICE, 'child') as { post: object }).post,
              record: {
                text: 'child',
                reply: {
                  root: { uri: uriOf(BOB.did, 'parent') },
                  parent: { uri: uriOf(BOB.did, 'parent') },
                },
              },
            },
          } as RawThreadNode,
        ],
      }),
      { mode: 'thread', fetchedAt: FETCHED_AT },
    )
    expect(withRef[1]?.replyTo).toEqual({
      url: 'https://bsky.app/profile/bob.example/post/parent',
      authorHandle: '@bob.example',
    })
  })

  it('keeps a deleted root at the top of the chain', () => {
    const posts = flattenThread(
      node(ALICE, 'reply', { parent: notFound(ALICE.did, 'gone-root') }),
      { mode: 'author-thread', fetchedAt: FETCHED_AT },
    )
    expect(rkeys(posts)).toEqual(['gone-root', 'reply'])
    expect(posts[0]?.availability.state).toBe('unavailable')
  })

  it('gives one unavailable Post when the requested post itself is gone', () => {
    const posts = flattenThread(notFound(ALICE.did, 'gone'), {
      mode: 'thread',
      fetchedAt: FETCHED_AT,
    })
    expect(posts).toHaveLength(1)
    expect(posts[0]?.availability).toMatchObject({ state: 'unavailable', reason: 'not-found' })
  })

  it('ignores garbage nodes and never repeats a post', () => {
    const looped = node(ALICE, 'a', { replies: [node(ALICE, 'a'), null as never, 42 as never] })
    expect(rkeys(flattenThread(looped, { mode: 'thread', fetchedAt: FETCHED_AT }))).toEqual(['a'])
    expect(flattenThread(undefined, { mode: 'thread', fetchedAt: FETCHED_AT })).toEqual([])
  })

  it('flattens the recorded threads (bskyr and marshalx)', () => {
    const bskyr = readFixtureJson('bluesky/bskyr-getPostThread.json') as { thread: unknown }
    const bskyrPosts = flattenThread(bskyr.thread, { mode: 'thread', fetchedAt: FETCHED_AT })
    expect(rkeys(bskyrPosts)).toEqual(['3k7qmjev5lr2s'])
    expect(bskyrPosts[0]?.author.handle).toBe('@soubhikbarari.bsky.social')
    const marshalx = readFixtureJson('bluesky/marshalx-getPostThread-recordWithMedia.json') as {
      thread: unknown
    }
    const marshalxPosts = flattenThread(marshalx.thread, {
      mode: 'author-thread',
      fetchedAt: FETCHED_AT,
    })
    expect(rkeys(marshalxPosts)).toEqual(['3kaheyt6vpc22'])
    expect(marshalxPosts[0]?.quote?.state).toBe('available')
  })
})

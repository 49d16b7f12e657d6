import { describe, expect, it } from 'vitest'
import { readFixtureJson } from '../../test/fixturePath'
import { blueskyAdapter } from './blueskyAdapter'
import { mapPostView } from './mapPostView'
import type { RawPostView } from './rawTypes'
import { recheckPost } from './recheckPost'
import {
  fakeContext,
  fixtureResponse,
  FIXED_NOW_ISO,
  jsonResponse,
  paramsOf,
} from './testTransport'

const URI = 'at://did:plc:ic6zqvuw5ulmfpjiwnhsr2ns/app.bsky.feed.post/3k7qmjev5lr2s'
const view = (readFixtureJson('bluesky/bskyr-getPosts.json') as { posts: RawPostView[] }).posts[0]!
const snapshot = mapPostView(view, { fetchedAt: '2026-01-01T00:00:00.000Z' })

describe('Bluesky recheck', () => {
  it('is offered by the adapter', () => {
    expect(blueskyAdapter.recheck).toBe(recheckPost)
  })

  it('asks getPosts for the at-uri: live, with a fresh snapshot', async () => {
    const { context, requests } = fakeContext([fixtureResponse('bskyr-getPosts')])
    const result = await recheckPost(snapshot, context)
    expect(requests).toHaveLength(1)
    expect(new URL(requests[0]!.url).pathname).toBe('/xrpc/app.bsky.feed.getPosts')
    expect(paramsOf(requests[0]!.url)).toEqual({ uris: URI })
    expect(result.state).toBe('live')
    if (result.state === 'live') {
      expect(result.post.id).toBe(snapshot.id)
      expect(result.post.fetchedAt).toBe(FIXED_NOW_ISO)
    }
  })

  it('a post getPosts leaves out is deleted', async () => {
    const { context } = fakeContext([jsonResponse(200, { posts: [] })])
    expect(await recheckPost(snapshot, context)).toEqual({ state: 'deleted' })
  })

  it('left out but hidden from logged-out readers: unavailable, not deleted', async () => {
    const { context } = fakeContext([jsonResponse(200, { posts: [] })])
    const hidden = { ...snapshot, reusePolicy: { hideFromLoggedOut: true } }
    expect(await recheckPost(hidden, context)).toEqual({ state: 'unavailable', reason: 'private' })
  })

  it('a block answers unavailable (blocked)', async () => {
    const { context } = fakeContext([
      jsonResponse(400, { error: 'BlockedByActor', message: 'Requester is blocked' }),
    ])
    expect(await recheckPost(snapshot, context)).toEqual({
      state: 'unavailable',
      reason: 'blocked',
    })
  })

  it('builds the at-uri from the link when the post has no sourceRef', async () => {
    const { sourceRef: _dropped, ...withoutRef } = snapshot
    const { context, requests } = fakeContext([fixtureResponse('bskyr-getPosts')])
    const byDid = {
      ...withoutRef,
      url: 'https://bsky.app/profile/did:plc:ic6zqvuw5ulmfpjiwnhsr2ns/post/3k7qmjev5lr2s',
    }
    expect((await recheckPost(byDid, context)).state).toBe('live')
    expect(paramsOf(requests[0]!.url)).toEqual({ uris: URI })
  })
})

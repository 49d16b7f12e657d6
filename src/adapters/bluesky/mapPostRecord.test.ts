import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { postSchema } from '../../domain/schema'
import { readFixtureJson } from '../../test/fixturePath'
import { SourceError } from '../sourceError'
import { mapPostRecord } from './mapPostRecord'
import { mapPostView } from './mapPostView'
import type { RawPostsAnswer } from './rawTypes'

const FETCHED_AT = '2026-11-25T12:00:00.000Z'

describe('mapPostRecord on getRecord answers', () => {
  it('maps a bare record like its hydrated view, as far as a record allows (bskyr)', () => {
    const answer = readFixtureJson('bluesky/bskyr-getRecord-post.json') as { uri: string }
    const post = mapPostRecord(answer, { fetchedAt: FETCHED_AT })
    const view = (readFixtureJson('bluesky/bskyr-getPosts.json') as RawPostsAnswer).posts![0]!
    const hydrated = mapPostView(view, { fetchedAt: FETCHED_AT })
    expect(post.id).toBe(hydrated.id)
    expect(post.html).toBe(hydrated.html)
    expect(post.text).toBe(hydrated.text)
    expect(post.createdAt).toBe(hydrated.createdAt)
    expect(post.language).toBe('en')
    // Without a profile the DID is the only name, and the permalink uses it.
    expect(post.url).toBe(
      'https://bsky.app/profile/did:plc:ic6zqvuw5ulmfpjiwnhsr2ns/post/3k7qmjev5lr2s',
    )
    expect(post.author).toEqual({
      name: 'did:plc:ic6zqvuw5ulmfpjiwnhsr2ns',
      handle: 'did:plc:ic6zqvuw5ulmfpjiwnhsr2ns',
      id: 'did:plc:ic6zqvuw5ulmfpjiwnhsr2ns',
      url: 'https://bsky.app/profile/did:plc:ic6zqvuw5ulmfpjiwnhsr2ns',
    })
    // The CDN serves the same image the view named.
    expect(post.media.map((media) => media.url)).toEqual(hydrated.media.map((media) => media.url))
    expect(post.metrics).toBeUndefined()
    expect(() => v.parse(postSchema, post)).not.toThrow()
  })

  it('reads a createdAt with microseconds and a +00:00 offset (marshalx)', () => {
    const post = mapPostRecord(readFixtureJson('bluesky/marshalx-getRecord-post.json') as object, {
      fetchedAt: FETCHED_AT,
    })
    expect(post.createdAt).toBe('2024-02-22T19:58:13.903Z')
    expect(post.text).toBe('new text114')
    expect(post.html).toBe('<p>new text114</p>')
    expect(post.language).toBeUndefined()
  })

  it('refuses a record that is not a post (marshalx feed generator)', () => {
    const feed = readFixtureJson('bluesky/marshalx-getRecord-feed-generator.json') as object
    expect(() => mapPostRecord(feed, { fetchedAt: FETCHED_AT })).toThrow(SourceError)
    expect(() => mapPostRecord(feed, { fetchedAt: FETCHED_AT })).toThrow(
      'Expected an app.bsky.feed.post record, got app.bsky.feed.generator.',
    )
  })
})

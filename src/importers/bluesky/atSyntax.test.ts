import { describe, expect, it } from 'vitest'
import { isDid, parsePostAtUri } from './atSyntax'

describe('AT Protocol syntax', () => {
  it('accepts real DIDs and refuses markup or spaces', () => {
    expect(isDid('did:plc:z72i7hdynmk6r22z27h6tvur')).toBe(true)
    expect(isDid('did:web:example.com')).toBe(true)
    expect(isDid('did:plc:<img src=x onerror=alert(1)>')).toBe(false)
    expect(isDid('did:plc:a b')).toBe(false)
    expect(isDid('did:')).toBe(false)
  })

  it('reads a post at-uri, and nothing that would not be a clean URL path', () => {
    expect(parsePostAtUri('at://did:plc:abc/app.bsky.feed.post/3k2yihcrp6f2c')).toEqual({
      did: 'did:plc:abc',
      rkey: '3k2yihcrp6f2c',
    })
    expect(parsePostAtUri('at://did:plc:abc/app.bsky.feed.post/<isindex action=x>')).toBeUndefined()
    expect(parsePostAtUri('at://did:plc:abc/app.bsky.feed.post/..')).toBeUndefined()
    expect(parsePostAtUri('at://did:plc:abc/app.bsky.feed.like/3k2')).toBeUndefined()
    expect(parsePostAtUri(42)).toBeUndefined()
  })
})

import { describe, expect, it } from 'vitest'
import { mayCarryLink, readLink } from './readLink'

const transfer = (items: Record<string, string>) => ({
  getData: (type: string) => items[type] ?? '',
})

describe('readLink', () => {
  it('takes the first link of a uri-list, skipping comments', () => {
    expect(
      readLink(
        transfer({
          'text/uri-list': '# dragged from a tab\r\nhttps://bsky.app/profile/a.b/post/3k\r\n',
          'text/plain': 'ignored',
        }),
      ),
    ).toBe('https://bsky.app/profile/a.b/post/3k')
  })

  it('falls back to plain text holding one link', () => {
    expect(readLink(transfer({ 'text/plain': '  https://mastodon.social/@Gargron/1  ' }))).toBe(
      'https://mastodon.social/@Gargron/1',
    )
  })

  it('refuses words, several links and other schemes', () => {
    expect(readLink(transfer({ 'text/plain': 'hello world' }))).toBeNull()
    expect(readLink(transfer({ 'text/plain': 'https://a.example https://b.example' }))).toBeNull()
    expect(readLink(transfer({ 'text/plain': 'javascript:alert(1)' }))).toBeNull()
    expect(readLink(transfer({}))).toBeNull()
  })
})

describe('mayCarryLink', () => {
  it('accepts drags with text, refuses files alone', () => {
    expect(mayCarryLink(['text/uri-list', 'text/plain'])).toBe(true)
    expect(mayCarryLink(['Files'])).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import {
  blueskyComposeLink,
  composeLink,
  composeTargetFor,
  mailtoLink,
  mastodonShareLink,
  xComposeLink,
} from './composeLinks'

const message = 'Bonjour @lea@example.social, j’ai cité votre message dans « L’hiver » & #lac ?'

describe('compose links', () => {
  it('Mastodon: the share page on the curator’s own server, text encoded', () => {
    const link = mastodonShareLink('https://piaille.fr', message)
    expect(link.startsWith('https://piaille.fr/share?text=')).toBe(true)
    expect(new URL(link).searchParams.get('text')).toBe(message)
  })

  it('Mastodon: keeps only the origin of the server address, and adds https to a bare host', () => {
    expect(mastodonShareLink('https://mastodon.social/explore', 'hi')).toBe(
      'https://mastodon.social/share?text=hi',
    )
    expect(mastodonShareLink('fosstodon.org', 'hi')).toBe('https://fosstodon.org/share?text=hi')
  })

  it('Mastodon: refuses a server address that is not http(s)', () => {
    expect(() => mastodonShareLink('ftp://files.example', 'hi')).toThrow(
      /must be an http\(s\) address/,
    )
    expect(() => mastodonShareLink('javascript:alert(1)', 'hi')).toThrow(
      /must be an http\(s\) address/,
    )
  })

  it('Bluesky and X intents', () => {
    expect(blueskyComposeLink('a b&c')).toBe('https://bsky.app/intent/compose?text=a%20b%26c')
    expect(new URL(xComposeLink(message)).searchParams.get('text')).toBe(message)
    expect(xComposeLink('#ad')).toBe('https://x.com/intent/post?text=%23ad')
  })

  it('e-mail: no recipient, subject and body encoded', () => {
    expect(mailtoLink('Votre message & mon récit', 'Ligne 1\nLigne 2')).toBe(
      'mailto:?subject=Votre%20message%20%26%20mon%20r%C3%A9cit&body=Ligne%201%0ALigne%202',
    )
  })

  it('picks the composer by source', () => {
    expect(['mastodon', 'bluesky', 'twitter', 'rss', 'sample'].map(composeTargetFor)).toEqual([
      'mastodon',
      'bluesky',
      'x',
      'email',
      'email',
    ])
    expect(composeLink('email', 'body', { mastodonServer: 'x', subject: 'S' })).toBe(
      'mailto:?subject=S&body=body',
    )
  })
})

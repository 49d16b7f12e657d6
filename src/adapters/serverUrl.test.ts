import { describe, expect, it } from 'vitest'
import { normalizeServerUrl } from './serverUrl'

describe('normalizeServerUrl', () => {
  it('adds https and drops trailing slashes', () => {
    expect(normalizeServerUrl(' mastodon.social/ ')).toEqual({
      ok: true,
      url: 'https://mastodon.social',
    })
    expect(normalizeServerUrl('https://public.api.bsky.app')).toEqual({
      ok: true,
      url: 'https://public.api.bsky.app',
    })
  })

  it('accepts plain http only on this machine', () => {
    expect(normalizeServerUrl('http://127.0.0.1:4180')).toEqual({
      ok: true,
      url: 'http://127.0.0.1:4180',
    })
    expect(normalizeServerUrl('http://localhost:3000/')).toEqual({
      ok: true,
      url: 'http://localhost:3000',
    })
    expect(normalizeServerUrl('http://mastodon.social')).toEqual({ ok: false, reason: 'insecure' })
  })

  it('refuses what is not a server address', () => {
    expect(normalizeServerUrl('')).toEqual({ ok: false, reason: 'empty' })
    expect(normalizeServerUrl('javascript:alert(1)')).toEqual({ ok: false, reason: 'invalid' })
    expect(normalizeServerUrl('ftp://files.example.org')).toEqual({ ok: false, reason: 'invalid' })
    expect(normalizeServerUrl('https://user:pw@example.social')).toEqual({
      ok: false,
      reason: 'invalid',
    })
    expect(normalizeServerUrl('intranet')).toEqual({ ok: false, reason: 'invalid' })
  })
})

import { describe, expect, it } from 'vitest'
import { completeLinkAddress } from './linkAddress'

describe('completeLinkAddress', () => {
  it.each([
    ['https://example.org/a?b#c', 'https://example.org/a?b#c'],
    ['  http://example.org  ', 'http://example.org'],
    ['mailto:me@example.org', 'mailto:me@example.org'],
    ['example.org', 'https://example.org'],
    ['www.example.org/path', 'https://www.example.org/path'],
    ['example.org:8080/x', 'https://example.org:8080/x'],
    ['//example.org', 'https://example.org'],
    ['me@example.org', 'mailto:me@example.org'],
  ])('accepts %j as %j', (input, href) => {
    expect(completeLinkAddress(input)).toBe(href)
  })

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'javascript:alert(1)//example.org',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:x',
    'ftp://example.org',
    'localhost:3000',
    'example',
    '/relative/path',
    '',
    '   ',
  ])('refuses %j', (input) => {
    expect(completeLinkAddress(input)).toBeUndefined()
  })
})

import { describe, expect, it } from 'vitest'
import { charsetOf, decodeFeedBytes } from './decodeFeedBytes'
import { feedBytes } from './feedFixtures'
import { FeedFormatError } from './feedFormatError'

const latin1 = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0))

describe('decodeFeedBytes', () => {
  it('follows the XML declaration (ISO-8859-1 fixture), whatever the HTTP charset says', () => {
    const decoded = decodeFeedBytes(feedBytes('rss-parser-encoding.rss'), 'text/xml; charset=utf-8')
    expect(decoded.encoding).toBe('windows-1252')
    expect(decoded.text).toContain('Jornal de Notícias - Últimas Notícias')
  })

  it('lets a byte-order mark win over the declaration', () => {
    const body = new TextEncoder().encode('<?xml version="1.0" encoding="iso-8859-1"?><a>é</a>')
    const decoded = decodeFeedBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...body]))
    expect(decoded).toEqual({
      text: '<?xml version="1.0" encoding="iso-8859-1"?><a>é</a>',
      encoding: 'utf-8',
    })
    const utf16 = new Uint8Array([0xff, 0xfe, 0x3c, 0, 0x61, 0, 0xe9, 0, 0x3e, 0])
    expect(decodeFeedBytes(utf16)).toEqual({ text: '<aé>', encoding: 'utf-16le' })
  })

  it('uses the HTTP charset when the document names none, else UTF-8', () => {
    expect(
      decodeFeedBytes(latin1('<a>é</a>'), 'application/rss+xml; charset="ISO-8859-1"').text,
    ).toBe('<a>é</a>')
    expect(decodeFeedBytes(new TextEncoder().encode('<a>é</a>')).text).toBe('<a>é</a>')
    // Bytes that cannot be UTF-8 and name no encoding: an old Latin-1 feed.
    expect(decodeFeedBytes(latin1('<a>é</a>'))).toEqual({
      text: '<a>é</a>',
      encoding: 'windows-1252',
    })
    expect(charsetOf('text/xml;charset=windows-1252')).toBe('windows-1252')
    expect(charsetOf('text/xml')).toBeUndefined()
  })

  it('names an unknown label, saying where it was read', () => {
    expect(() => decodeFeedBytes(latin1('<a/>'), 'text/xml; charset=bogus-8')).toThrow(
      new FeedFormatError(
        'unknown-encoding',
        'The feed\'s HTTP Content-Type names the text encoding "bogus-8", which this browser cannot read.',
        'bogus-8',
      ),
    )
  })
})

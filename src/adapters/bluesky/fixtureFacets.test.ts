import { readdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fixturePath, readFixtureJson } from '../../test/fixturePath'
import { facetsToHtml } from './facetsToHtml'

interface Facet {
  index: { byteStart: number; byteEnd: number }
  features: { $type: string; uri?: string; did?: string; tag?: string }[]
}

interface FoundRecord {
  fixture: string
  /** The at-uri of the view or getRecord answer holding the record. */
  uri?: string
  text: string
  facets: Facet[]
}

const FIXTURES = readdirSync(dirname(fixturePath('bluesky/x.json')))
  .filter((name) => name.endsWith('.json') && !name.endsWith('.meta.json'))
  .sort()

/** Every post record with facets in every fixture: views, quoted records, reply parents. */
const findRecords = (node: unknown, fixture: string, uri?: string, out: FoundRecord[] = []) => {
  if (Array.isArray(node)) {
    node.forEach((child) => findRecords(child, fixture, uri, out))
  } else if (typeof node === 'object' && node !== null) {
    const object = node as Record<string, unknown>
    if (typeof object.text === 'string' && Array.isArray(object.facets))
      out.push({ fixture, uri, text: object.text, facets: object.facets as Facet[] })
    const own = typeof object.uri === 'string' ? object.uri : uri
    for (const [key, child] of Object.entries(object))
      findRecords(child, fixture, key === 'record' || key === 'value' ? own : uri, out)
  }
  return out
}

const RECORDS = FIXTURES.flatMap((name) => findRecords(readFixtureJson(`bluesky/${name}`), name))

/** The facet's text cut by Node's own UTF-8 codec, independently of the code under test. */
const byteSlice = (text: string, facet: Facet) =>
  Buffer.from(text, 'utf8').subarray(facet.index.byteStart, facet.index.byteEnd).toString('utf8')

const anchorsOf = (html: string) => {
  const template = document.createElement('template')
  template.innerHTML = html
  return [...template.content.querySelectorAll('a')].map((a) => ({
    text: a.textContent ?? '',
    href: a.getAttribute('href'),
    rel: a.getAttribute('rel'),
  }))
}

const linkTextsOf = (uri: string) => {
  const record = RECORDS.find((found) => found.uri === uri)
  if (!record) throw new Error(`no record ${uri} in the fixtures`)
  return anchorsOf(facetsToHtml(record.text, record.facets)).map((anchor) => anchor.text)
}

describe('facets of every recorded Bluesky fixture', () => {
  it('finds the facets of all fixtures, many of them after non-ASCII text', () => {
    const facets = RECORDS.flatMap((record) => record.facets.map((facet) => ({ record, facet })))
    const afterNonAscii = facets.filter(({ record, facet }) =>
      /[^\p{ASCII}]/u.test(Buffer.from(record.text).subarray(0, facet.index.byteStart).toString()),
    )
    expect(FIXTURES).toHaveLength(11)
    expect(facets).toHaveLength(242)
    expect(afterNonAscii).toHaveLength(60)
    const kinds = facets.map(({ facet }) => facet.features[0]?.$type.split('#')[1])
    expect(kinds.filter((kind) => kind === 'tag')).toHaveLength(128)
    expect(kinds.filter((kind) => kind === 'link')).toHaveLength(89)
    expect(kinds.filter((kind) => kind === 'mention')).toHaveLength(25)
  })

  it('turns each facet into one link over exactly its UTF-8 byte range', () => {
    let checked = 0
    for (const record of RECORDS) {
      const anchors = anchorsOf(facetsToHtml(record.text, record.facets))
      const sorted = [...record.facets].sort((a, b) => a.index.byteStart - b.index.byteStart)
      expect(anchors.map((anchor) => anchor.text)).toEqual(
        sorted.map((facet) => byteSlice(record.text, facet)),
      )
      sorted.forEach((facet, index) => {
        const anchor = anchors[index]
        const feature = facet.features[0]
        expect(anchor?.rel).toBe('noopener noreferrer ugc')
        if (feature?.$type === 'app.bsky.richtext.facet#tag') {
          expect(anchor?.text).toBe(`#${feature.tag}`)
          expect(anchor?.href).toBe(`https://bsky.app/hashtag/${encodeURIComponent(feature.tag!)}`)
        } else if (feature?.$type === 'app.bsky.richtext.facet#mention') {
          expect(anchor?.text.startsWith('@')).toBe(true)
          expect(anchor?.href).toBe(`https://bsky.app/profile/${feature.did}`)
        } else {
          expect(anchor?.href).toBe(new URL(feature!.uri!).href)
          // Display text is often shortened, but it always names the link's host.
          expect(anchor?.text.toLowerCase()).toContain(
            new URL(feature!.uri!).host.replace(/^www\./, ''),
          )
        }
        checked += 1
      })
    }
    expect(checked).toBe(242)
  })

  it('gets the facets after emoji, accents and curly quotes right (reference Appendix A)', () => {
    expect(
      linkTextsOf('at://did:plc:wpe35pganb6d4pg4ekmfy6u5/app.bsky.feed.post/3lo7irc7njk2p'),
    ).toEqual(['@typst.app', '@quarto.org', 'github.com/christopherk...'])
    expect(
      linkTextsOf('at://did:plc:kuc4ywdviqoyrdpr35yazesr/app.bsky.feed.post/3lbufjq6vdc2x'),
    ).toEqual(expect.arrayContaining(['#rstats', 'usethis.r-lib.org/news/index.h...']))
    expect(
      linkTextsOf('at://did:plc:7fjae5aawatnt5e4hyldxsyn/app.bsky.feed.post/3lpqflurjhk2p'),
    ).toEqual(
      expect.arrayContaining([
        '#livestock',
        'www.knowledge-sourcing.com/report/anima...',
        '#AnimalFeed',
        '#agribusiness',
        '#MarketResearch',
        '#poultry',
        '#MarketTrends',
        '#BusinessGrowth',
      ]),
    )
    expect(
      linkTextsOf('at://did:plc:ic6zqvuw5ulmfpjiwnhsr2ns/app.bsky.feed.post/3k7qmjev5lr2s'),
    ).toEqual(['localview.net', 'rstats.ai/gov.html'])
    expect(
      linkTextsOf('at://did:plc:xwxgmnbzmqrasm5yvlltlsqy/app.bsky.feed.post/3lpjlye6o6c2c'),
    ).toContain('apple.news/AcGBmSTmyTia...')
  })
})

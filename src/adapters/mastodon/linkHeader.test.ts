import { describe, expect, it } from 'vitest'
import { readFixtureJson } from '../../test/fixturePath'
import { nextLinkUrl, parseLinkHeader } from './linkHeader'

interface Meta {
  response: { headers: Record<string, string> }
}
const linkOf = (name: string): string | undefined =>
  (readFixtureJson(`mastodon/${name}.meta.json`) as Meta).response.headers.link

describe('parseLinkHeader', () => {
  it('reads next and prev from a recorded Mastodon header', () => {
    expect(parseLinkHeader(linkOf('rtoot-timeline-tag-rstats'))).toEqual([
      {
        url: 'https://mastodon.social/api/v1/timelines/tag/rstats?limit=5&local=FALSE&max_id=114869144089828147&only_media=FALSE',
        rels: ['next'],
      },
      {
        url: 'https://mastodon.social/api/v1/timelines/tag/rstats?limit=5&local=FALSE&min_id=114870142396314555&only_media=FALSE',
        rels: ['prev'],
      },
    ])
  })

  it('handles quoted commas and semicolons, several rels, unquoted rel and relative targets', () => {
    expect(
      parseLinkHeader(
        '</p?a=1>; title="a, b; c"; rel="next last", <https://x.example/q>; rel=prev',
        'https://x.example/api/v1/x',
      ),
    ).toEqual([
      { url: 'https://x.example/p?a=1', rels: ['next', 'last'] },
      { url: 'https://x.example/q', rels: ['prev'] },
    ])
  })

  it('returns nothing for an absent or malformed header', () => {
    expect(parseLinkHeader(null)).toEqual([])
    expect(parseLinkHeader('')).toEqual([])
    expect(parseLinkHeader('<not a url>; rel="next"')).toEqual([])
    expect(parseLinkHeader('<https://x.example/; rel="next"')).toEqual([])
  })
})

describe('nextLinkUrl', () => {
  it('finds rel="next" in the recorded account statuses header', () => {
    expect(nextLinkUrl(linkOf('rtoot-account-statuses-with-reblog'))).toBe(
      'https://fosstodon.org/api/v1/accounts/109302436954721982/statuses?exclude_reblogs=FALSE&limit=20&max_id=112418329082967725',
    )
  })

  it('is undefined when only prev is given', () => {
    expect(nextLinkUrl('<https://x.example/p>; rel="prev"')).toBeUndefined()
  })
})

/**
 * Issue 8: every vector of the hostile corpus in every untrusted field the adapter maps
 * (Mastodon status mapping), through the real mapping and the real post card. One test per path lists every
 * vector that got through, by id and field, and counts what was mapped, so a path cannot pass by
 * dropping everything.
 */
import { describe, expect, it } from 'vitest'
import { mapStatus } from '../../adapters/mastodon/mapStatus'
import type { RawStatus } from '../../adapters/mastodon/rawTypes'
import { readFixtureJson } from '../fixturePath'
import { CORPUS_TIMEOUT, CorpusRun, escapeXml, expectClean, FETCHED_AT } from './corpusChecks'
import { loadHostileCorpus } from './hostileCorpus'

const corpus = loadHostileCorpus()

describe('Mastodon status mapping', () => {
  const template = readFixtureJson('mastodon/docs-entity-status-example.json') as RawStatus
  const options = { server: 'https://mastodon.example', fetchedAt: FETCHED_AT }

  /** Every text and HTML field at once; links and media stay valid so titles and alts are drawn. */
  const textFields = (payload: string, id: string): RawStatus => ({
    ...template,
    id,
    content: payload,
    spoiler_text: payload,
    account: { ...template.account, display_name: payload, note: payload } as RawStatus['account'],
    card: {
      ...template.card,
      url: 'https://news.example/a',
      title: payload,
      description: payload,
      provider_name: payload,
      html: payload,
    } as RawStatus['card'],
    media_attachments: [
      { id: 'm', type: 'image', url: 'https://files.example/a.png', description: payload },
    ],
    poll: {
      id: 'p',
      expires_at: null,
      expired: true,
      multiple: false,
      votes_count: 2,
      options: [
        { title: payload, votes_count: 1 },
        { title: 'b', votes_count: 1 },
      ],
    },
  })

  /** Every URL field: status, profile, avatar, card, image, media, emoji and a link in content. */
  const urlFields = (payload: string): RawStatus => ({
    ...template,
    id: '2',
    url: payload,
    account: { ...template.account, url: payload, avatar: payload, avatar_static: payload },
    card: { ...template.card, url: payload, image: payload } as RawStatus['card'],
    media_attachments: [
      { id: 'm', type: 'image', url: payload, preview_url: payload, remote_url: payload },
      { id: 'v', type: 'video', url: 'https://files.example/v.mp4', preview_url: payload },
    ],
    emojis: [{ shortcode: 'x', url: payload, static_url: payload }],
    content: `<p>:x: <a href="${escapeXml(payload)}">link</a></p>`,
  })

  it(
    `keeps ${corpus.length} vectors inert in status, account, card, media, poll and quote`,
    () => {
      const run = new CorpusRun()
      let mapped = 0
      for (const vector of corpus) {
        const { payload } = vector
        const text = run.post(vector, 'text fields and quoted status', () =>
          mapStatus(
            {
              ...textFields(payload, '1'),
              quote: { state: 'accepted', quoted_status: textFields(payload, '3') },
            },
            options,
          ),
        )
        if (text) mapped += 1
        // A display name is text: shown as written (trimmed), never parsed.
        if (
          text &&
          payload.trim() !== '' &&
          !text.author.name.includes(payload.trim().slice(0, 20))
        )
          run.add(vector, 'display_name', `shown as ${JSON.stringify(text.author.name)}`)
        if (text?.quote?.state !== 'available' && text)
          run.add(vector, 'quote', 'the quoted status was not mapped')
        if (run.post(vector, 'URL fields', () => mapStatus(urlFields(payload), options)))
          mapped += 1
      }
      expectClean(run)
      expect(mapped + run.happyDomCrashes.length).toBe(corpus.length * 2)
    },
    CORPUS_TIMEOUT,
  )
})

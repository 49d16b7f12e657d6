import { describe, expect, it } from 'vitest'
import { readFixtureJson } from '../../test/fixturePath'
import { SourceError } from '../sourceError'
import { mapAccount } from './mapAccount'
import { mapMediaAttachments, mapPreviewCard } from './mapMedia'
import { mapPoll } from './mapPoll'
import { mapStatus } from './mapStatus'
import type {
  RawAccount,
  RawMediaAttachment,
  RawPoll,
  RawPreviewCard,
  RawQuote,
  RawStatus,
} from './rawTypes'

const FETCHED_AT = '2026-08-02T10:00:00.000Z'
const LOCAL = { server: 'http://localhost:3000', fetchedAt: FETCHED_AT }
const SOCIAL = { server: 'https://mastodon.social', fetchedAt: FETCHED_AT }
const FOSSTODON = { server: 'https://fosstodon.org', fetchedAt: FETCHED_AT }

const fixture = <T>(name: string): T => readFixtureJson(`mastodon/${name}.json`) as T

describe('mapStatus on the official Status example', () => {
  const post = mapStatus(fixture<RawStatus>('docs-entity-status-example'), SOCIAL)

  it('takes the global uri as id, the page as url and the local id as sourceRef', () => {
    expect(post.id).toBe(
      'mastodon:https://mastodon.social/users/Gargron/statuses/103270115826048975',
    )
    expect(post.source).toBe('mastodon')
    expect(post.url).toBe('https://mastodon.social/@Gargron/103270115826048975')
    expect(post.sourceRef).toBe('https://mastodon.social/api/v1/statuses/103270115826048975')
    expect(post.fetchedAt).toBe(FETCHED_AT)
    expect(post.createdAt).toBe('2019-12-08T03:48:33.901Z')
    expect(post.editedAt).toBeUndefined()
    expect(post.language).toBe('en')
    expect(post.availability).toEqual({ state: 'available' })
  })

  it('maps the author with a handle carrying the host of the profile URL', () => {
    expect(post.author).toEqual({
      name: 'Eugen',
      handle: '@Gargron@mastodon.social',
      url: 'https://mastodon.social/@Gargron',
      avatarUrl:
        'https://files.mastodon.social/accounts/avatars/000/000/001/original/d96d39a0abb45b92.jpg',
      id: '1',
      stats: {
        followers: 322930,
        following: 459,
        posts: 61323,
        createdAt: '2016-03-16T14:34:26.392Z',
      },
    })
  })

  it('keeps the shortened link as a safe link, and its full URL in the text', () => {
    const link = new DOMParser().parseFromString(post.html, 'text/html').querySelector('a')
    expect(link?.getAttribute('href')).toBe(
      'https://www.theguardian.com/money/2019/dec/07/i-lost-my-193000-inheritance-with-one-wrong-digit-on-my-sort-code',
    )
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer ugc')
    expect(link?.getAttribute('target')).toBe('_blank')
    expect(post.text).toBe(
      '"I lost my inheritance with one wrong digit on my sort code"\n\nhttps://www.theguardian.com/money/2019/dec/07/i-lost-my-193000-inheritance-with-one-wrong-digit-on-my-sort-code',
    )
  })

  it('maps counts, the link card and an empty quote policy (only the author)', () => {
    expect(post.metrics).toEqual({ replies: 5, reposts: 6, likes: 11, quotes: 2 })
    expect(post.card).toEqual({
      url: 'https://www.theguardian.com/money/2019/dec/07/i-lost-my-193000-inheritance-with-one-wrong-digit-on-my-sort-code',
      title: '‘I lost my £193,000 inheritance – with one wrong digit on my sort code’',
      description:
        'When Peter Teich’s money went to another Barclays customer, the bank offered £25 as a token gesture',
    })
    expect(post.reusePolicy).toEqual({ quote: 'nobody' })
    expect(post.quote).toBeUndefined()
    expect(post.media).toEqual([])
  })

  it('turns a custom emoji into an image of its static URL, keeping :shortcode: in the text', () => {
    const status = fixture<RawStatus>('docs-entity-status-example')
    const withEmoji = mapStatus(
      {
        ...status,
        content: '<p>Hello :blobcat: and :unknown:</p>',
        emojis: [
          {
            shortcode: 'blobcat',
            url: 'https://files.mastodon.social/custom_emojis/images/original/blobcat.gif',
            static_url: 'https://files.mastodon.social/custom_emojis/images/static/blobcat.png',
          },
        ],
      },
      SOCIAL,
    )
    expect(withEmoji.html).toBe(
      '<p>Hello <img class="custom-emoji" src="https://files.mastodon.social/custom_emojis/images/static/blobcat.png" alt=":blobcat:" title=":blobcat:"> and :unknown:</p>',
    )
    expect(withEmoji.text).toBe('Hello :blobcat: and :unknown:')
  })
})

describe('mapStatus on recorded mastodon.py statuses (Mastodon 4.5)', () => {
  it('content warning: spoiler_text and sensitive', () => {
    const post = mapStatus(fixture<RawStatus>('mastodonpy-status-content-warning'), LOCAL)
    expect(post.contentWarning).toBe('Content warning')
    expect(post.sensitive).toBe(true)
    expect(post.html).toBe('<p>Toot!</p>')
    expect(post.text).toBe('Toot!')
    expect(post.reusePolicy).toEqual({ quote: 'followers' })
    // A local account: the host (with its port) comes from the profile URL.
    expect(post.author.handle).toBe('@mastodonpy_test@localhost:3000')
  })

  it('quote accepted: the quoted status as its own post, the RE: fallback dropped', () => {
    const post = mapStatus(fixture<RawStatus>('mastodonpy-status-quote-post'), LOCAL)
    expect(post.html).toBe('<p>yoooooooo</p>')
    expect(post.text).toBe('yoooooooo')
    expect(post.quote?.state).toBe('available')
    if (post.quote?.state !== 'available') throw new Error('expected an available quote')
    expect(post.quote.post.id).toBe(
      'mastodon:http://localhost:3000/ap/users/117020565966271181/statuses/117020582917124092',
    )
    expect(post.quote.post.url).toBe('http://localhost:3000/@mastodonpy_test/117020582917124092')
    expect(post.quote.post.text).toBe('Toot!')
    expect(post.quote.post.metrics?.quotes).toBe(1)
    expect(post.quote.post.sourceRef).toBe(
      'http://localhost:3000/api/v1/statuses/117020582917124092',
    )
    expect(post.reusePolicy).toEqual({ quote: 'anyone' })
  })

  it('quote revoked: unavailable, pointing at the link of the RE: fallback', () => {
    const post = mapStatus(fixture<RawStatus>('mastodonpy-status-quote-revoked'), LOCAL)
    expect(post.quote).toEqual({
      state: 'unavailable',
      reason: 'revoked',
      url: 'http://localhost:3000/@mastodonpy_test/117020583073249915',
    })
    expect(post.text).toBe('check this mother fucker out')
    expect(post.html).not.toContain('RE:')
  })

  it('reblog: the original status, with the booster in repostedBy', () => {
    const post = mapStatus(fixture<RawStatus>('mastodonpy-status-reblog'), LOCAL)
    expect(post.id).toBe(
      'mastodon:http://localhost:3000/ap/users/117020565966271181/statuses/117020586019094258',
    )
    expect(post.url).toBe('http://localhost:3000/@mastodonpy_test/117020586019094258')
    expect(post.sourceRef).toBe('http://localhost:3000/api/v1/statuses/117020586019094258')
    expect(post.text).toBe('Toot!')
    expect(post.createdAt).toBe('2026-08-01T13:53:58.036Z')
    expect(post.metrics?.reposts).toBe(1)
    expect(post.repostedBy).toEqual({
      name: 'John Lennon',
      handle: '@mastodonpy_test@localhost:3000',
      url: 'http://localhost:3000/@mastodonpy_test',
      avatarUrl:
        'http://localhost:3000/system/accounts/avatars/117/020/565/966/271/181/original/5784df1febb9890a.jpg',
      id: '117020565966271181',
      stats: { followers: 0, following: 0, posts: 21, createdAt: '2026-08-01T00:00:00.000Z' },
    })
  })

  it('poll: options with votes, multiple, voters and expiry', () => {
    const post = mapStatus(fixture<RawStatus>('mastodonpy-status-poll'), LOCAL)
    expect(post.poll).toEqual({
      options: [
        { title: 'four twenty', votes: 0 },
        { title: 'sixty-nine', votes: 0 },
      ],
      multiple: true,
      votersCount: 0,
      expiresAt: '2026-08-01T13:58:07.237Z',
      closed: false,
    })
    // An empty display name: the username is what the server shows.
    expect(post.author.name).toBe('admin')
  })

  it('edited: edited_at and the language', () => {
    const post = mapStatus(fixture<RawStatus>('mastodonpy-status-edited'), LOCAL)
    expect(post.editedAt).toBe('2026-08-01T13:54:00.695Z')
    expect(post.createdAt).toBe('2026-08-01T13:54:00.505Z')
    expect(post.language).toBe('ja')
    expect(post.author.name).toBe('mastodonpy_test_2')
  })

  it('card: a link card without image or description', () => {
    const post = mapStatus(fixture<RawStatus>('mastodonpy-status-card'), LOCAL)
    expect(post.card).toEqual({ url: 'http://example.org/', title: 'Example Domain' })
    expect(post.text).toBe('http://example.org/')
  })
})

describe('mapStatus on recorded timelines', () => {
  const tag = fixture<RawStatus[]>('rtoot-timeline-tag-rstats').map((status) =>
    mapStatus(status, SOCIAL),
  )
  const publicTimeline = fixture<RawStatus[]>('rtoot-timeline-public-mastodon-social').map(
    (status) => mapStatus(status, SOCIAL),
  )

  it('maps every status of the tag timeline, with remote handles from profile URLs', () => {
    expect(tag).toHaveLength(5)
    expect(tag.map((post) => post.author.handle)).toEqual([
      '@simonpcouch@rstats.me',
      '@useR_conf@mastodon.social',
      '@zkamvar@hachyderm.io',
      '@donnagen@corteximplant.com',
      '@pp0196.bsky.social@bsky.brid.gy',
    ])
    // The id is the uri on the author's server, not mastodon.social's local id.
    expect(tag[0]?.id).toBe(
      'mastodon:https://rstats.me/users/simonpcouch/statuses/114870142137562212',
    )
    expect(tag[0]?.sourceRef).toBe('https://mastodon.social/api/v1/statuses/114870142396314555')
  })

  it('maps media alt text, size and blurhash', () => {
    expect(tag[0]?.media).toHaveLength(1)
    expect(tag[0]?.media[0]).toMatchObject({
      kind: 'image',
      alt: expect.stringMatching(/^A screenshot of a Claude Code terminal\./),
      width: 1273,
      height: 687,
      blurhash: 'U8RD1VV@^+-;~qIAM|x]_2aeNGj[%Mt7xaRj',
    })
    expect(tag[0]?.media[0]?.url).toMatch(/^https:\/\//)
    expect(tag[0]?.media[0]?.previewUrl).toMatch(/^https:\/\//)
  })

  it('keeps mentions and hashtags as links and replaces the custom emoji (:maxheadroom:)', () => {
    const post = tag[3]
    const body = new DOMParser().parseFromString(post?.html ?? '', 'text/html').body
    expect(body.querySelector('a.mention.hashtag')?.getAttribute('href')).toBe(
      'https://corteximplant.com/tags/rstats',
    )
    expect(body.querySelector('.h-card a.u-url.mention')?.getAttribute('href')).toBe(
      'https://fosstodon.org/@schochastics',
    )
    const emoji = body.querySelector('img.custom-emoji')
    expect(emoji?.getAttribute('src')).toBe(
      'https://files.mastodon.social/cache/custom_emojis/images/000/901/072/static/131c78d1cf9b7fdf.png',
    )
    expect(emoji?.getAttribute('alt')).toBe(':maxheadroom:')
    expect(post?.text).toContain('this definitely sparks joy :maxheadroom:')
    // A display name keeps its shortcodes as text: Author.name is plain text.
    expect(post?.author.name).toBe('Donnagen :hehehmuhar:')
  })

  it('maps every status of the public timeline: languages, sensitive video, long gifv alt', () => {
    expect(publicTimeline).toHaveLength(20)
    expect(new Set(publicTimeline.map((post) => post.language))).toEqual(
      new Set(['de', 'en', 'fr']),
    )
    const video = publicTimeline[12]
    expect(video?.sensitive).toBe(true)
    expect(video?.media[0]).toMatchObject({ kind: 'video', alt: '', width: 1920, height: 1080 })
    const gifv = publicTimeline[18]?.media[0]
    expect(gifv?.kind).toBe('gifv')
    expect(gifv?.alt.length).toBe(944)
    expect(gifv?.alt).toContain('\n\n')
    expect(publicTimeline.filter((post) => post.card).length).toBe(5)
    for (const post of publicTimeline) {
      expect(post.html).not.toMatch(/<script|on\w+=/i)
      expect(post.url).toMatch(/^https:\/\//)
    }
  })

  it('maps self-replies, local and remote, with the parent page on the server asked', () => {
    expect(publicTimeline[4]?.replyTo).toEqual({
      url: 'https://mastodon.social/@Deglassco/114870358786845464',
      authorHandle: '@Deglassco@mastodon.social',
    })
    expect(publicTimeline[6]?.replyTo).toEqual({
      url: 'https://mastodon.social/@spreadsmile.official@threads.net/114869341446570137',
      authorHandle: '@spreadsmile.official@threads.net',
    })
  })

  it('still marks a reply whose parent author it cannot name', () => {
    const status = fixture<RawStatus[]>('rtoot-timeline-public-mastodon-social')[4] as RawStatus
    expect(mapStatus({ ...status, in_reply_to_account_id: '42' }, SOCIAL).replyTo).toEqual({})
  })
})

describe('mapStatus on an account timeline with a boost (fosstodon)', () => {
  const statuses = fixture<RawStatus[]>('rtoot-account-statuses-with-reblog')
  const posts = statuses.map((status) => mapStatus(status, FOSSTODON))

  it('maps all 20 statuses', () => {
    expect(posts).toHaveLength(20)
    expect(new Set(posts.map((post) => post.id)).size).toBe(20)
  })

  it('shows the boosted status with the booster in repostedBy', () => {
    const boost = posts[14]
    expect(boost?.id).toBe(
      'mastodon:https://fosstodon.org/users/termehs/statuses/112525606646148711',
    )
    expect(boost?.url).toBe('https://fosstodon.org/@termehs/112525606646148711')
    expect(boost?.author.handle).toBe('@termehs@fosstodon.org')
    expect(boost?.author.name).toBe('Termeh Shafie')
    expect(boost?.repostedBy?.handle).toBe('@schochastics@fosstodon.org')
    expect(boost?.sourceRef).toBe('https://fosstodon.org/api/v1/statuses/112525606646148711')
    expect(posts.filter((post) => post.repostedBy)).toHaveLength(1)
  })

  it('maps a reply: the parent page on this server and the mentioned author', () => {
    expect(posts[3]?.editedAt).toBe('2024-08-03T11:42:55.169Z')
    expect(posts[3]?.replyTo).toEqual({
      url: 'https://fosstodon.org/@eliocamp@mastodon.social/112897766654137500',
      authorHandle: '@eliocamp@mastodon.social',
    })
  })

  it('maps a reply to oneself, which mentions nobody', () => {
    expect(posts[17]?.replyTo).toEqual({
      url: 'https://fosstodon.org/@schochastics/112519060445867905',
      authorHandle: '@schochastics@fosstodon.org',
    })
  })

  it('leaves replyTo out of a status that answers nobody', () => {
    expect(posts[2]?.replyTo).toBeUndefined()
    expect(posts[2]?.media.map((media) => media.kind)).toEqual(['image', 'image'])
  })
})

describe('mapStatus quotes', () => {
  const base = fixture<RawStatus>('mastodonpy-status-quote-revoked')
  const withQuote = (quote: RawQuote): RawStatus => ({ ...base, quote })

  it('maps the official Quote example as an available quoted post', () => {
    const post = mapStatus(withQuote(fixture<RawQuote>('docs-entity-quote-example')), LOCAL)
    if (post.quote?.state !== 'available') throw new Error('expected an available quote')
    expect(post.quote.post.author.handle).toBe('@Gargron@mastodon.social')
    expect(post.quote.post.url).toBe('https://mastodon.social/@Gargron/103270115826048975')
  })

  it.each([
    ['deleted', 'deleted'],
    ['revoked', 'revoked'],
    ['rejected', 'revoked'],
    ['unauthorized', 'private'],
    ['pending', 'unknown'],
    ['blocked_account', 'blocked'],
    ['blocked_domain', 'blocked'],
    ['muted_account', 'blocked'],
    ['some_future_state', 'private'],
  ])('state %s → unavailable (%s)', (state, reason) => {
    expect(mapStatus(withQuote({ state, quoted_status: null }), LOCAL).quote).toMatchObject({
      state: 'unavailable',
      reason,
    })
  })

  it('shows an accepted quote sent as a bare id (ShallowQuote) as a link', () => {
    expect(
      mapStatus(withQuote({ state: 'accepted', quoted_status_id: '117020583073249915' }), LOCAL)
        .quote,
    ).toEqual({
      state: 'unavailable',
      reason: 'unknown',
      url: 'http://localhost:3000/@mastodonpy_test/117020583073249915',
    })
  })

  it('stops nesting quotes after two levels', () => {
    const quoted = (depth: number): RawStatus =>
      depth === 0
        ? { ...base, quote: null }
        : { ...base, quote: { state: 'accepted', quoted_status: quoted(depth - 1) } }
    const post = mapStatus(quoted(5), LOCAL)
    const first = post.quote?.state === 'available' ? post.quote.post : undefined
    const second = first?.quote?.state === 'available' ? first.quote.post : undefined
    expect(second).toBeDefined()
    expect(second?.quote).toMatchObject({ state: 'unavailable', reason: 'unknown' })
  })
})

describe('mapStatus quote policy', () => {
  const base = fixture<RawStatus>('mastodonpy-status-edited')
  it.each([
    [{ automatic: ['public'], manual: [] }, 'anyone'],
    [{ automatic: [], manual: ['public'] }, 'anyone'],
    [{ automatic: ['followers'], manual: [] }, 'followers'],
    [{ automatic: ['following'], manual: [] }, 'following'],
    [{ automatic: [], manual: [] }, 'nobody'],
  ])('%j → %s', (quote_approval, quote) => {
    expect(mapStatus({ ...base, quote_approval }, LOCAL).reusePolicy).toEqual({ quote })
  })

  it('says nothing when the server sends no policy or an unsupported one', () => {
    expect(mapStatus({ ...base, quote_approval: undefined }, LOCAL).reusePolicy).toBeUndefined()
    expect(
      mapStatus({ ...base, quote_approval: { automatic: ['unsupported_policy'] } }, LOCAL)
        .reusePolicy,
    ).toBeUndefined()
  })
})

describe('mapStatus refuses what does not identify a status', () => {
  const base = fixture<RawStatus>('mastodonpy-status-edited')
  it.each([
    ['no uri', { ...base, uri: undefined }],
    ['no id', { ...base, id: undefined }],
    ['no created_at', { ...base, created_at: 'not a date' }],
    ['no account', { ...base, account: undefined }],
  ])('%s → SourceError invalid-response', (_what, status) => {
    expect(() => mapStatus(status, LOCAL)).toThrowError(SourceError)
    try {
      mapStatus(status, LOCAL)
    } catch (error) {
      expect((error as SourceError).kind).toBe('invalid-response')
    }
  })
})

describe('mapMediaAttachments on the official examples', () => {
  const media = mapMediaAttachments(
    fixture<RawMediaAttachment[]>('docs-entity-media-attachment-examples'),
  )

  it('maps image, video, gifv and audio with sizes from meta.original', () => {
    expect(media.map((item) => item.kind)).toEqual(['image', 'video', 'gifv', 'audio'])
    expect(media[0]).toEqual({
      kind: 'image',
      url: 'https://files.mastodon.social/media_attachments/files/022/345/792/original/57859aede991da25.jpeg',
      previewUrl:
        'https://files.mastodon.social/media_attachments/files/022/345/792/small/57859aede991da25.jpeg',
      alt: 'test media description',
      width: 640,
      height: 480,
      blurhash: 'UFBWY:8_0Jxv4mx]t8t64.%M-:IUWGWAt6M}',
    })
    expect(media[1]).toMatchObject({ kind: 'video', alt: '', width: 1280, height: 720 })
    expect(media[2]).toMatchObject({ kind: 'gifv', alt: '', width: 600, height: 332 })
  })

  it('gives audio no size and no preview when the preview is the audio file', () => {
    expect(media[3]).toEqual({
      kind: 'audio',
      url: 'https://files.mastodon.social/media_attachments/files/021/165/404/original/a31a4a46cd713cd2.mp3',
      alt: '',
    })
  })

  it('skips unknown attachments and unsafe URLs, falls back to remote_url', () => {
    expect(
      mapMediaAttachments([
        { type: 'unknown', url: null, remote_url: 'https://x.example/a.png' },
        { type: 'image', url: 'javascript:alert(1)' },
        { type: 'image', url: 'data:image/png;base64,AAAA' },
        { type: 'image', url: null, remote_url: 'https://remote.example/b.png', description: 'b' },
        { type: 'image', url: 'https://x.example/c.png', preview_url: 'javascript:alert(1)' },
      ]),
    ).toEqual([
      { kind: 'image', url: 'https://remote.example/b.png', alt: 'b' },
      { kind: 'image', url: 'https://x.example/c.png', alt: '' },
    ])
  })
})

describe('mapPreviewCard on the official examples', () => {
  const cards = fixture<RawPreviewCard[]>('docs-entity-preview-card-examples').map(mapPreviewCard)

  it('maps title, image and provider', () => {
    expect(cards[0]).toEqual({
      url: 'https://www.youtube.com/watch?v=OMv_EPMED8Y',
      title: '♪ Brand New Friend (Christmas Song!)',
      imageUrl:
        'https://files.mastodon.social/preview_cards/images/014/179/145/original/9cf4b7cf5567b569.jpeg',
      siteName: 'YouTube',
    })
    expect(cards[1]?.siteName).toBe('Flickr')
    expect(cards[2]?.imageUrl).toBeUndefined()
    expect(cards[2]?.siteName).toBeUndefined()
    expect(cards[3]?.description).toMatch(/^Everything you need to know/)
  })

  it('drops a card with an unsafe URL and an unsafe image', () => {
    expect(mapPreviewCard({ url: 'javascript:alert(1)', title: 'x' })).toBeUndefined()
    expect(
      mapPreviewCard({ url: 'https://x.example/', title: 't', image: 'data:image/svg+xml,<svg>' }),
    ).toEqual({ url: 'https://x.example/', title: 't' })
  })
})

describe('mapPoll on a recorded poll (GET /api/v1/polls/:id)', () => {
  it('maps a closed single-choice poll', () => {
    expect(mapPoll(fixture<RawPoll>('rtoot-poll'))).toEqual({
      options: [
        { title: '8', votes: 2 },
        { title: '16', votes: 2 },
        { title: '64', votes: 5 },
        { title: 'bigger! (Please reply!)', votes: 16 },
      ],
      multiple: false,
      votersCount: 25,
      expiresAt: '2025-05-10T08:10:18.291Z',
      closed: true,
    })
  })

  it('leaves votes out while results are hidden', () => {
    expect(mapPoll({ options: [{ title: 'a', votes_count: null }], expired: false })).toEqual({
      options: [{ title: 'a' }],
      multiple: false,
      closed: false,
    })
  })
})

describe('mapAccount on recorded account search results', () => {
  const accounts = fixture<RawAccount[]>('rtoot-accounts-search')

  it('builds each handle from the profile URL host', () => {
    expect(accounts.map((account) => mapAccount(account, FOSSTODON.server).handle)).toEqual([
      '@schochastics@fosstodon.org',
      '@schochastics@birdsite.lakedrops.com',
      '@schochastics@bird.makeup',
    ])
    expect(mapAccount(accounts[0], FOSSTODON.server)).toMatchObject({
      name: 'David Schoch',
      url: 'https://fosstodon.org/@schochastics',
      id: '109302436954721982',
    })
  })

  it('keeps the audience counts and creation date the server sent', () => {
    expect(mapAccount(accounts[0], FOSSTODON.server).stats).toEqual({
      followers: 1036,
      following: 138,
      posts: 282,
      createdAt: '2022-11-07T00:00:00.000Z',
    })
    // A bridged account reports zeros: they are kept as the server's word, not dropped.
    expect(mapAccount(accounts[1], FOSSTODON.server).stats).toEqual({
      followers: 0,
      following: 0,
      posts: 0,
      createdAt: '2023-03-26T00:00:00.000Z',
    })
  })

  it('leaves stats out when the server sends no usable counts', () => {
    expect(mapAccount({ username: 'lea', acct: 'lea' }, FOSSTODON.server)).not.toHaveProperty(
      'stats',
    )
    const hostile = {
      username: 'lea',
      acct: 'lea',
      followers_count: -5,
      following_count: Number.NaN,
      statuses_count: '12' as unknown as number,
      created_at: 'yesterday',
    }
    expect(mapAccount(hostile, FOSSTODON.server)).not.toHaveProperty('stats')
    expect(mapAccount({ ...hostile, followers_count: 7 }, FOSSTODON.server).stats).toEqual({
      followers: 7,
    })
  })

  it('falls back to acct, then the server, when the profile URL is unsafe', () => {
    expect(
      mapAccount(
        { username: 'lea', acct: 'lea@example.social', url: 'javascript:alert(1)' },
        FOSSTODON.server,
      ),
    ).toEqual({ name: 'lea', handle: '@lea@example.social' })
    expect(mapAccount({ username: 'lea', acct: 'lea' }, FOSSTODON.server).handle).toBe(
      '@lea@fosstodon.org',
    )
  })
})

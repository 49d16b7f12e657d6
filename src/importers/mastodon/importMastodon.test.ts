import { describe, expect, it } from 'vitest'
import { fileOf, fixtureBytes, importFile, postById, zipOf } from '../testArchiveImport'
import { archiveMediaUrl } from '../types'

const OUTBOX = fixtureBytes('mastodon-archive/dealingwith-outbox.json.excerpt.json')
const ACTOR = fixtureBytes('mastodon-archive/dealingwith-actor.json')
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xdb, 9, 9])
const CAT = 'media_attachments/files/109/333/835/161/429/021/original/3381f6f615f26246.jpeg'
const STATUS = 'https://indieweb.social/users/dealingwith/statuses/'

const archive = () =>
  zipOf('archive-20230801.zip', {
    'outbox.json': OUTBOX,
    'actor.json': ACTOR,
    'avatar.jpg': JPEG,
    'likes.json': new TextEncoder().encode('{"orderedItems":[]}'),
    // The outbox says `/indiewebsocial/media_attachments/…`; the zip keeps `media_attachments/…`.
    [CAT]: JPEG,
  })

describe('Mastodon archive', () => {
  it('imports notes and boosts, leaving the direct message and the followers-only post out', async () => {
    const result = await importFile(archive())
    expect(result.failed).toBeUndefined()
    // 18 items: 16 notes + 2 boosts; one note addressed to a single account (a DM), one to the
    // followers collection only (followers-only, "private").
    expect(result.done).toEqual({ type: 'done', kind: 'mastodon', posts: 16, media: 2 })
    const ids = new Set(result.posts.map((post) => post.id))
    expect(ids.has(`mastodon:${STATUS}109361289517644172`)).toBe(false)
    expect(ids.has(`mastodon:${STATUS}109485923567588068`)).toBe(false)
    // Unlisted posts (public in cc, followers in to) stay: only public and unlisted are kept.
    expect(ids.has(`mastodon:${STATUS}109592848761952448`)).toBe(true)
  })

  it('keeps the direct message when asked to', async () => {
    const result = await importFile(archive(), { includeDirectMessages: true })
    expect(result.done?.posts).toBe(17)
    const dm = postById(result.posts, `mastodon:${STATUS}109361289517644172`)
    expect(dm.url).toBe('https://indieweb.social/@dealingwith/109361289517644172')
    expect(result.posts.some((post) => post.id.endsWith('109485923567588068'))).toBe(false)
  })

  it('keeps the followers-only post when asked to', async () => {
    const result = await importFile(archive(), { includeFollowersOnly: true })
    expect(result.done?.posts).toBe(17)
    const followersOnly = postById(result.posts, `mastodon:${STATUS}109485923567588068`)
    expect(followersOnly.url).toBe('https://indieweb.social/@dealingwith/109485923567588068')
    expect(result.posts.some((post) => post.id.endsWith('109361289517644172'))).toBe(false)
  })

  it('maps a note: author from actor.json, HTML content, language, attachment with alt text', async () => {
    const { posts, media } = await importFile(archive())
    const cat = postById(posts, `mastodon:${STATUS}109333840388857217`)
    expect(cat.author).toEqual({
      name: 'dealingwith',
      handle: '@dealingwith@indieweb.social',
      url: 'https://indieweb.social/@dealingwith',
      avatarUrl: archiveMediaUrl('mastodon:avatar.jpg'),
    })
    expect(cat.url).toBe('https://indieweb.social/@dealingwith/109333840388857217')
    expect(cat.language).toBe('en')
    expect(cat.html).toMatch(/^<p>&quot;<a href="https:\/\/indieweb.social\/tags\/caterday"/)
    expect(cat.text).toMatch(/^"#caterday/)
    expect(cat.media).toEqual([
      {
        kind: 'image',
        url: archiveMediaUrl(`mastodon:${CAT}`),
        alt: 'Picture of a white cat laying on a white couch',
        width: expect.any(Number),
        height: expect.any(Number),
        blurhash: expect.any(String),
        mimeType: 'image/jpeg',
      },
    ])
    expect(media.find((file) => file.key === `mastodon:${CAT}`)?.bytes).toEqual(JPEG)
    // Attachments whose file is not in the zip are left out rather than pointing nowhere.
    const bikes = postById(posts, `mastodon:${STATUS}109447585976153006`)
    expect(bikes.media).toEqual([])
  })

  it('keeps the content warning and the sensitive flag', async () => {
    const { posts } = await importFile(archive())
    const cw = postById(posts, `mastodon:${STATUS}110810196615113141`)
    expect(cw.contentWarning).toBe('Complaining')
    expect(cw.sensitive).toBe(true)
    expect(cw.text).toMatch(/^Everything that's \(physically\) wrong:\n\n- Cannot focus/)
    const website = postById(posts, `mastodon:${STATUS}109390360974197006`)
    expect(website.contentWarning).toBe('Personal website updates...')
  })

  it('marks replies with the replied-to status and its author', async () => {
    const { posts } = await importFile(archive())
    const reply = postById(posts, `mastodon:${STATUS}109309145334822499`)
    expect(reply.replyTo).toEqual({
      url: 'https://social.lol/users/mcg/statuses/109308078398027392',
      authorHandle: '@mcg@social.lol',
    })
  })

  it('keeps a boost as a link to the boosted status, reposted by the owner', async () => {
    const { posts } = await importFile(archive())
    const boost = postById(posts, `mastodon:${STATUS}109449999597967268/activity`)
    expect(boost).toMatchObject({
      url: 'https://mastodon.social/users/s0mmer/statuses/109440048909776763',
      author: {
        name: 's0mmer',
        handle: '@s0mmer@mastodon.social',
        url: 'https://mastodon.social/@s0mmer',
      },
      repostedBy: { handle: '@dealingwith@indieweb.social' },
      text: 'https://mastodon.social/users/s0mmer/statuses/109440048909776763',
      media: [],
    })
    expect(boost.html).toBe(
      '<p><a href="https://mastodon.social/users/s0mmer/statuses/109440048909776763" rel="noopener noreferrer ugc" target="_blank">https://mastodon.social/users/s0mmer/statuses/109440048909776763</a></p>',
    )
    expect(posts.filter((post) => post.repostedBy)).toHaveLength(2)
  })

  it('imports a bare outbox.json (duplicate orderedItems key) without media or owner name', async () => {
    const result = await importFile(fileOf('outbox.json', OUTBOX))
    expect(result.done).toEqual({ type: 'done', kind: 'mastodon', posts: 16, media: 0 })
    expect(postById(result.posts, `mastodon:${STATUS}109400135751819592`).text).toBe(
      'Walkaway by Cory Doctorow',
    )
  })

  it('refuses actor.json chosen on its own', async () => {
    const result = await importFile(fileOf('actor.json', ACTOR))
    expect(result.failed).toMatchObject({ reason: 'wrong-archive', kind: 'mastodon' })
    expect(result.failed?.detail).toBe(
      'actor.json is a Mastodon actor.json (the profile), which holds no posts. Choose outbox.json or the whole archive zip.',
    )
  })
})

describe('Mastodon polls', () => {
  it('keeps a Question with its options and votes', async () => {
    const outbox = {
      orderedItems: [
        {
          id: 'https://example.social/users/lea/statuses/1/activity',
          type: 'Create',
          actor: 'https://example.social/users/lea',
          to: ['https://www.w3.org/ns/activitystreams#Public'],
          object: {
            id: 'https://example.social/users/lea/statuses/1',
            type: 'Question',
            url: 'https://example.social/@lea/1',
            published: '2024-02-03T04:05:06Z',
            content: '<p>Thé ou café ?</p>',
            anyOf: [
              { type: 'Note', name: 'Thé', replies: { type: 'Collection', totalItems: 3 } },
              { type: 'Note', name: 'Café', replies: { type: 'Collection', totalItems: 5 } },
            ],
            endTime: '2024-02-04T04:05:06Z',
            closed: '2024-02-04T04:05:06Z',
            votersCount: 7,
          },
        },
      ],
    }
    const { posts } = await importFile(fileOf('outbox.json', JSON.stringify(outbox)))
    expect(posts).toHaveLength(1)
    expect(posts[0]?.text).toBe('Thé ou café ?')
    expect(posts[0]?.poll).toEqual({
      options: [
        { title: 'Thé', votes: 3 },
        { title: 'Café', votes: 5 },
      ],
      multiple: true,
      votersCount: 7,
      expiresAt: '2024-02-04T04:05:06.000Z',
      closed: true,
    })
  })
})

import { describe, expect, it } from 'vitest'
import { fileOf, fixtureBytes, FIXED_NOW, importFile, postById } from '../testArchiveImport'
import { facetPieces } from './facetPieces'

const DID = 'did:plc:cmpvykrzb2l22kj4ojlv3ox4'
const STAGING = () =>
  fileOf('paul.repo.car', fixtureBytes('bluesky-car/indigo-paul_staging.repo.car'))
const at = (rkey: string) => `bluesky:at://${DID}/app.bsky.feed.post/${rkey}`

describe('Bluesky repository CAR', () => {
  it('imports the posts the current tree reaches, with the owner from the profile record', async () => {
    const result = await importFile(STAGING())
    expect(result.failed).toBeUndefined()
    // 101 post records, no blobs in the export.
    expect(result.done).toEqual({ type: 'done', kind: 'bluesky', posts: 101, media: 0 })
    const post = postById(result.posts, at('3jj5bejjpgk2o'))
    expect(post.author).toMatchObject({
      name: 'Paul',
      handle: DID,
      id: DID,
      url: `https://bsky.app/profile/${DID}`,
    })
    expect(post.url).toBe(`https://bsky.app/profile/${DID}/post/3jj5bejjpgk2o`)
    expect(post.sourceRef).toBe(`at://${DID}/app.bsky.feed.post/3jj5bejjpgk2o`)
    expect(post.createdAt).toBe('2022-12-05T19:38:29.623Z')
    expect(post.fetchedAt).toBe(FIXED_NOW.toISOString())
    expect(post.text).toBe('Emojis test\n😍cool\none\ntwo\nand 😉 three\nfour')
    expect(post.html).toBe('<p>Emojis test<br>😍cool<br>one<br>two<br>and 😉 three<br>four</p>')
  })

  it('links mention and link facets on the right characters', async () => {
    const { posts } = await importFile(STAGING())
    const mention = postById(posts, at('3jkx5h4udg226'))
    expect(mention.html).toBe(
      '<p>Test <a href="https://bsky.app/profile/did:plc:ahy3hicg6ubuco7oabmqhi2t" rel="noopener noreferrer ugc" target="_blank" class="mention">@android-tesr.staging.bsky.dev</a> and stuff</p>',
    )
    const link = postById(posts, at('3jnm7vmfimk2t'))
    expect(link.html).toBe(
      '<p><a href="https://atproto.com/" rel="noopener noreferrer ugc" target="_blank">Atproto.com</a></p>',
    )
  })

  it('maps images by CDN address, link cards, replies and quotes', async () => {
    const { posts } = await importFile(STAGING())
    const images = postById(posts, at('3jkcufzuytk2k'))
    expect(images.media).toHaveLength(2)
    expect(images.media[0]).toEqual({
      kind: 'image',
      url: `https://cdn.bsky.app/img/feed_fullsize/plain/${DID}/bafkreias3b2jnbmrx7xgjrnom4w3tzqkoqr5oogax5kou2oiddqtvq2bje@jpeg`,
      previewUrl: `https://cdn.bsky.app/img/feed_thumbnail/plain/${DID}/bafkreias3b2jnbmrx7xgjrnom4w3tzqkoqr5oogax5kou2oiddqtvq2bje@jpeg`,
      alt: '',
    })
    expect(postById(posts, at('3jju52jnhp22g')).card).toMatchObject({
      url: 'https://atproto.com/',
      title: 'The AT Protocol',
      description: 'A social networking technology created by Bluesky.',
    })
    expect(postById(posts, at('3jhdawsdmd22k')).replyTo).toEqual({
      url: `https://bsky.app/profile/${DID}/post/3jhdadi3ki22k`,
    })
    expect(posts.filter((post) => post.replyTo)).toHaveLength(19)
    // A quote of the owner's own post is filled in from the export, one level deep.
    const quoteOfQuote = postById(posts, at('3jpyeaebszs2w'))
    expect(quoteOfQuote.quote?.state).toBe('available')
    if (quoteOfQuote.quote?.state === 'available') {
      expect(quoteOfQuote.quote.post.id).toBe(at('3jpye7s2h2s22'))
      expect(quoteOfQuote.quote.post.text).toBe('Quote post test')
      expect(quoteOfQuote.quote.post.quote).toBeUndefined()
    }
    // Someone else's post is not in the export: a link to it.
    expect(postById(posts, at('3jsavf5f6ss2k')).quote).toEqual({
      state: 'unavailable',
      reason: 'unknown',
      url: 'https://bsky.app/profile/did:plc:wqzurwm3kmaig6e6hnc2gqwo/post/3js42zzaies2f',
    })
  })

  it('imports a repository with no posts (only follows) as zero posts, not a failure', async () => {
    const result = await importFile(
      fileOf('green.car', fixtureBytes('bluesky-car/indigo-greenground.repo.car')),
    )
    expect(result.failed).toBeUndefined()
    expect(result.done).toEqual({ type: 'done', kind: 'bluesky', posts: 0, media: 0 })
  })

  it('reports a CAR whose blocks are cut short as malformed', async () => {
    const bytes = fixtureBytes('bluesky-car/indigo-paul_staging.repo.car')
    const result = await importFile(fileOf('paul.car', bytes.subarray(0, 5000)))
    expect(result.failed?.reason).toBe('malformed')
    expect(result.failed?.kind).toBe('bluesky')
    expect(result.failed?.detail).toMatch(/^The repository export could not be read: /)
  })
})

describe('facetPieces', () => {
  it('cuts on UTF-8 byte offsets, not UTF-16 indices (sources.md appendix A)', () => {
    // "@typst.app" starts at byte 56, UTF-16 index 54: two 2-byte characters come before it.
    const text = 'Une présentation sur Quarto et Typst à Paris, avec   💡 @typst.app et @quarto.org'
    const bytes = new TextEncoder().encode(text)
    const start = bytes.length - new TextEncoder().encode('@typst.app et @quarto.org').length
    const pieces = facetPieces({
      text,
      facets: [
        {
          index: { byteStart: start, byteEnd: start + 10 },
          features: [{ $type: 'app.bsky.richtext.facet#mention', did: 'did:plc:typst' }],
        },
        // Splits the 4-byte emoji: ignored.
        {
          index: { byteStart: start - 3, byteEnd: start - 1 },
          features: [{ $type: 'app.bsky.richtext.facet#tag', tag: 'x' }],
        },
      ],
    })
    expect(pieces.find((piece) => piece.href)).toEqual({
      text: '@typst.app',
      href: 'https://bsky.app/profile/did:plc:typst',
      className: 'mention',
    })
    expect(pieces.map((piece) => piece.text).join('')).toBe(text)
  })

  it('never links a javascript: URI', () => {
    const pieces = facetPieces({
      text: 'click me',
      facets: [
        {
          index: { byteStart: 0, byteEnd: 5 },
          features: [{ $type: 'app.bsky.richtext.facet#link', uri: 'javascript:alert(1)' }],
        },
      ],
    })
    expect(pieces).toEqual([{ text: 'click me' }])
  })
})

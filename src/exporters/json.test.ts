import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseExportDocument } from '../domain/exportDocument'
import type { Media, Post } from '../domain/post'
import { idArb, isoDateArb, makePost, storyArb } from '../domain/testArbitraries'
import { exportJson } from './json'
import { FIXED_NOW, testInput } from './testStory'
import type { ExportInput, MediaFetcher } from './types'

const textOf = async (input: ExportInput) => {
  const result = await exportJson(input)
  if (result.kind !== 'file') throw new Error('expected a file')
  return { file: result.file, text: await result.file.content.text() }
}

/** Bytes that depend on the URL, so each file is told apart after the round trip. */
const bytesOf = (url: string) => new TextEncoder().encode(`bytes of ${url}`)

const echoFetcher: MediaFetcher = async (url) =>
  url.includes('gone') ? undefined : new Blob([bytesOf(url)], { type: 'image/png' })

const mediaArb: fc.Arbitrary<Media> = fc.record({
  kind: fc.constantFrom('image', 'video', 'gifv', 'audio') as fc.Arbitrary<Media['kind']>,
  url: fc.oneof(
    fc.webUrl(),
    fc.constant('https://x.example/gone.png'),
    fc.constant('javascript:1'),
  ),
  alt: fc.string({ maxLength: 20 }),
})

const postArb = (id: string): fc.Arbitrary<Post> =>
  fc
    .record({
      text: fc.string({ maxLength: 40 }),
      createdAt: isoDateArb,
      media: fc.array(mediaArb, { maxLength: 3 }),
      avatarUrl: fc.option(fc.webUrl(), { nil: undefined }),
      sensitive: fc.option(fc.boolean(), { nil: undefined }),
      labels: fc.option(fc.array(fc.string({ maxLength: 8 }), { maxLength: 2 }), {
        nil: undefined,
      }),
    })
    .map(({ avatarUrl, ...fields }) =>
      makePost(id, {
        ...fields,
        html: `<p>${fields.text}</p>`,
        author: { name: 'A', handle: '@a@x.example', ...(avatarUrl ? { avatarUrl } : {}) },
        ...(fields.sensitive === undefined ? { sensitive: undefined } : {}),
      }),
    )

/** A story and a post for each of its post blocks. */
const storyWithPostsArb = storyArb({ maxBlocks: 6 }).chain((story) => {
  const ids = [...new Set(story.blocks.flatMap((b) => (b.type === 'post' ? [b.postId] : [])))]
  return fc
    .tuple(...ids.map((id) => postArb(id)))
    .map((posts) => ({ story, posts: Object.fromEntries(posts.map((p) => [p.id, p])) }))
})

describe('JSON export', () => {
  it('matches the file snapshot', async () => {
    const { file, text } = await textOf(testInput())
    expect(file.fileName).toBe('a-winter-at-the-lake.storyloom.json')
    await expect(text).toMatchFileSnapshot('./__snapshots__/story.storyloom.json')
  })

  it('is versioned, dated by the clock, and carries media as data URLs', async () => {
    const { text } = await textOf(testInput())
    const document = JSON.parse(text)
    expect(document).toMatchObject({
      format: 'storyloom-story',
      schemaVersion: 1,
      exportedAt: FIXED_NOW.toISOString(),
    })
    expect(document.media['https://files.example.social/media/lake.jpg']).toMatch(
      /^data:image\/png;base64,/,
    )
    // Files the fetcher could not get are simply absent.
    expect(document.media).not.toHaveProperty('https://files.example.social/media/gone.jpg')
  })

  it('writes no `<` that a browser could read as a tag', async () => {
    const posts = testInput().posts
    const full = { ...posts.full!, text: '<script>alert(1)</script>' }
    const { text } = await textOf(testInput({ posts: { ...posts, full } }))
    expect(text).not.toContain('<')
    expect(JSON.parse(text).posts.full.text).toBe('<script>alert(1)</script>')
  })

  it('round-trips: import gives back the same story, posts and media bytes', async () => {
    await fc.assert(
      fc.asyncProperty(storyWithPostsArb, idArb, async ({ story, posts }, extraId) => {
        // A post the story does not show is left out of the file.
        const input = testInput({
          story,
          posts: { ...posts, [`unused-${extraId}`]: makePost(`unused-${extraId}`) },
          fetchMedia: echoFetcher,
        })
        const { text } = await textOf(input)
        const result = parseExportDocument(text)
        if (!result.ok) throw new Error(`import failed: ${result.problem} ${result.detail}`)
        expect(result.value.story).toEqual(JSON.parse(JSON.stringify(story)))
        expect(result.value.posts).toEqual(JSON.parse(JSON.stringify(posts)))
        for (const [url, dataUrl] of Object.entries(result.value.media)) {
          const bytes = Uint8Array.from(atob(dataUrl.split(',')[1]!), (c) => c.charCodeAt(0))
          expect(bytes).toEqual(bytesOf(url))
        }
        const fetchable = new Set(
          Object.values(posts).flatMap((post) => [
            ...post.media.map((media) => media.url),
            ...(post.author.avatarUrl ? [post.author.avatarUrl] : []),
          ]),
        )
        for (const url of fetchable) {
          const expected = /^https?:/.test(url) && !url.includes('gone')
          expect(Object.hasOwn(result.value.media, url), url).toBe(expected)
        }
      }),
      { numRuns: 60 },
    )
  })
})

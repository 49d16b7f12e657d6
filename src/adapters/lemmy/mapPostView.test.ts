import { describe, expect, it } from 'vitest'
import { readFixtureJson } from '../../test/fixturePath'
import { lemmyMarkdownToHtml } from './lemmyMarkdown'
import { mapPostView } from './mapPostView'

const FETCHED_AT = '2026-08-02T10:00:00.000Z'
const SERVER = 'https://lemmy.world'
const VIEW = readFixtureJson('lemmy/muffed-postview-sh-itjust-works.json') as {
  post: Record<string, unknown>
  community: Record<string, unknown>
}
const map = (view: unknown) => mapPostView(view, { server: SERVER, fetchedAt: FETCHED_AT })
const withPost = (fields: Record<string, unknown>) => ({
  ...VIEW,
  post: { ...VIEW.post, ...fields },
})

describe('the recorded PostView (sh.itjust.works)', () => {
  it('maps every field the editor uses', () => {
    expect(map(VIEW)).toEqual({
      id: 'lemmy:https://sh.itjust.works/post/5716352',
      source: 'lemmy',
      url: 'https://sh.itjust.works/post/5716352',
      author: {
        name: 'freshfieldreds',
        handle: '@freshfieldreds@sh.itjust.works · !muffed@sh.itjust.works',
        url: 'https://sh.itjust.works/u/freshfieldreds',
        id: 'https://sh.itjust.works/u/freshfieldreds',
        avatarUrl: 'https://sh.itjust.works/pictrs/image/d22d3707-70d0-4821-834a-b86ef31550bb.webp',
        // Lemmy 0.18 sends UTC without a zone.
        stats: { createdAt: '2023-09-23T09:44:07.421Z' },
      },
      createdAt: '2023-09-23T10:41:41.254Z',
      fetchedAt: FETCHED_AT,
      text:
        'Announcing Muffed for Lemmy - An open source Lemmy client written in flutter\n\n' +
        'Muffed is an open source Lemmy client written in flutter with a focus on usability and privacy. \n\n' +
        'Currently Muffed is in very early development and may be missing some features\n\n' +
        '**Download now from the Github repo:** https://github.com/freshfieldreds/muffed\n\n' +
        '*currently only compiled for android, IOS support will be coming soon*',
      html:
        '<p><strong>Announcing Muffed for Lemmy - An open source Lemmy client written in flutter</strong></p>' +
        '<p>Muffed is an open source Lemmy client written in flutter with a focus on usability and privacy.</p>' +
        '<p>Currently Muffed is in very early development and may be missing some features</p>' +
        '<p>**Download now from the Github repo:** <a href="https://github.com/freshfieldreds/muffed" rel="noopener noreferrer ugc" target="_blank">https://github.com/freshfieldreds/muffed</a></p>' +
        '<p>*currently only compiled for android, IOS support will be coming soon*</p>',
      media: [],
      metrics: { likes: 13, replies: 2 },
      availability: { state: 'available' },
      sourceRef: 'https://lemmy.world/api/v3/post?id=5716352',
    })
  })
})

describe('variations on it (hand-made fields on the recorded view)', () => {
  it('turns a link into a card with its thumbnail, and a picture link into media', () => {
    const link = map(
      withPost({
        url: 'https://example.org/article',
        embed_title: 'An article',
        embed_description: 'About things',
        thumbnail_url: 'https://lemmy.world/pictrs/image/thumb.webp',
      }),
    )
    expect(link?.card).toEqual({
      url: 'https://example.org/article',
      title: 'An article',
      description: 'About things',
      imageUrl: 'https://lemmy.world/pictrs/image/thumb.webp',
      siteName: 'example.org',
    })
    const picture = map(withPost({ url: 'https://lemmy.world/pictrs/image/cat.jpeg' }))
    expect(picture?.card).toBeUndefined()
    expect(picture?.media).toEqual([
      { kind: 'image', url: 'https://lemmy.world/pictrs/image/cat.jpeg', alt: '' },
    ])
  })

  it('flags NSFW posts and communities, and marks deleted or removed posts', () => {
    expect(map(withPost({ nsfw: true }))).toMatchObject({ sensitive: true, labels: ['nsfw'] })
    expect(map({ ...VIEW, community: { ...VIEW.community, nsfw: true } })?.sensitive).toBe(true)
    expect(map(withPost({ deleted: true }))?.availability).toEqual({
      state: 'unavailable',
      reason: 'deleted',
    })
    expect(map(withPost({ removed: true }))?.availability.state).toBe('unavailable')
  })

  it('keeps zoned dates and reads edits', () => {
    const post = map(
      withPost({ published: '2024-05-01T12:00:00.5+02:00', updated: '2024-05-02T00:00:00Z' }),
    )
    expect(post?.createdAt).toBe('2024-05-01T10:00:00.500Z')
    expect(post?.editedAt).toBe('2024-05-02T00:00:00.000Z')
  })

  it('refuses script URLs and escapes markup in the title and body', () => {
    const post = map(
      withPost({
        name: '<script>x</script>',
        body: '<img src=x onerror=alert(1)> javascript:alert(1) https://ok.example/a?b=1&c=2.',
        url: 'javascript:alert(1)',
      }),
    )
    expect(post?.card).toBeUndefined()
    expect(post?.html).toBe(
      '<p><strong>&lt;script&gt;x&lt;/script&gt;</strong></p>' +
        '<p>&lt;img src=x onerror=alert(1)&gt; javascript:alert(1) <a href="https://ok.example/a?b=1&amp;c=2" rel="noopener noreferrer ugc" target="_blank">https://ok.example/a?b=1&amp;c=2</a>.</p>',
    )
  })

  it('is undefined without a post id or date', () => {
    expect(map(withPost({ id: 'x' }))).toBeUndefined()
    expect(map(withPost({ published: 'soon' }))).toBeUndefined()
    expect(map(null)).toBeUndefined()
  })
})

describe('lemmyMarkdownToHtml', () => {
  it('keeps single line breaks inside a paragraph', () => {
    expect(lemmyMarkdownToHtml('one\ntwo\r\n\r\nthree')).toBe('<p>one<br>two</p><p>three</p>')
  })
})

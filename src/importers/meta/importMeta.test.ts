import { describe, expect, it } from 'vitest'
import { fileOf, fixtureBytes, importFile, postById, zipOf } from '../testArchiveImport'
import { archiveMediaUrl } from '../types'

const INSTAGRAM = fixtureBytes('meta-export/yourocd-instagram-posts_1.json')
const FACEBOOK = fixtureBytes('meta-export/lucasfdz-facebook-your_posts_1.json.excerpt.json')
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe1, 7])
const FIRST =
  'media/posts/201204/26869124_963875653776238_1813323969621655552_n_17842440550048800.jpg'

describe('Instagram posts_1.json', () => {
  it('imports every post, repairing UTF-8 read as Latin-1', async () => {
    const result = await importFile(fileOf('posts_1.json', INSTAGRAM))
    expect(result.done).toEqual({ type: 'done', kind: 'instagram', posts: 413, media: 0 })
    // `Sebasti\u00c3\u00a3o` in the file.
    const post = postById(
      result.posts,
      'instagram:27575022_328900120949085_4074932225890582528_n_17842448020048800',
    )
    expect(post.text).toBe('Sebastião toca muito #jingafest')
    expect(post.html).toBe('<p>Sebastião toca muito #jingafest</p>')
    expect(post.createdAt).toBe('2012-06-05T08:25:16.000Z')
    expect(result.posts.some((candidate) => /Ã|Â/.test(candidate.text))).toBe(false)
    expect(
      result.posts.filter((candidate) => /[^ -~\n]/.test(candidate.text)).length,
    ).toBeGreaterThanOrEqual(45)
    expect(
      postById(
        result.posts,
        'instagram:26867673_163410031110882_1583265395031146496_n_17842465027048800',
      ).text,
    ).toBe('Confusão')
  })

  it('resolves media from the zip of a newer export layout', async () => {
    const result = await importFile(
      zipOf('instagram-export.zip', {
        'your_instagram_activity/content/posts_1.json': INSTAGRAM,
        [FIRST]: JPEG,
      }),
    )
    expect(result.done).toEqual({ type: 'done', kind: 'instagram', posts: 413, media: 1 })
    const post = postById(
      result.posts,
      'instagram:26869124_963875653776238_1813323969621655552_n_17842440550048800',
    )
    expect(post.text).toBe('Two')
    expect(post.media).toEqual([
      {
        kind: 'image',
        url: archiveMediaUrl(`instagram:${FIRST}`),
        alt: '',
        mimeType: 'image/jpeg',
      },
    ])
    expect(result.media).toEqual([
      { key: `instagram:${FIRST}`, mimeType: 'image/jpeg', bytes: JPEG },
    ])
  })
})

describe('Facebook your_posts_1.json', () => {
  it('imports the posts with accents and 4-byte emoji repaired', async () => {
    const result = await importFile(fileOf('your_posts_1.json', FACEBOOK))
    expect(result.done).toEqual({ type: 'done', kind: 'facebook', posts: 36, media: 0 })
    const granada = result.posts.find(
      (post) => post.createdAt === new Date(1460550649 * 1000).toISOString(),
    )
    expect(granada?.text).toBe('Y ahora Granada😵')
    const briz = result.posts.find((post) => post.text.startsWith('Retweeted'))
    expect(briz?.text).toBe(
      'Retweeted Ángel Briz (@GeloBriz):\n\nPrimeros maletines en el Real Sociedad-Getafe???💼💼💼💼',
    )
    expect(briz?.html).toBe(
      '<p>Retweeted Ángel Briz (@GeloBriz):</p><p>Primeros maletines en el Real Sociedad-Getafe???💼💼💼💼</p>',
    )
    expect(
      result.posts.some(
        (post) =>
          post.text ===
          'Me he tomado muchas pastillas seguidas. Es una anecdota? Es una anecdota?. No, es una adicción.',
      ),
    ).toBe(true)
  })

  it('uses the written text over the generated title, and the shared link as a card', async () => {
    const { posts } = await importFile(fileOf('your_posts_1.json', FACEBOOK))
    const film = posts.find((post) => post.text === 'Es buena, pero algo pretenciosa.')
    expect(film?.card).toEqual({
      url: 'http://www.filmaffinity.com/es/film509927.html',
      title: 'http://www.filmaffinity.com/es/film509927.html',
    })
    const spotify = posts.find((post) => post.card?.url === 'http://open.spotify.com/user/lucas99')
    expect(spotify?.text).toBe('Lucas Vivo ha publicado algo a través de Spotify.')
    expect(spotify?.card?.title).toBe('Perfil de Spotify de Sigfrido')
  })

  it('resolves a photo from the export zip and keeps ids stable across imports', async () => {
    const photo =
      'posts/media/Fotosdelabiografia_J42_EMUkrQ/183468_168248089891519_8370100_n_168248089891519.jpg'
    const zip = () =>
      zipOf('facebook-lucas.zip', { 'posts/your_posts_1.json': FACEBOOK, [photo]: JPEG })
    const first = await importFile(zip())
    const second = await importFile(zip())
    expect(first.done).toEqual({ type: 'done', kind: 'facebook', posts: 36, media: 1 })
    const post = first.posts.find((candidate) => candidate.media.length > 0)
    expect(post?.media[0]?.url).toBe(archiveMediaUrl(`facebook:${photo}`))
    expect(post?.text).toBe('Lucas Vivo ha añadido una foto nueva.')
    expect(second.posts.map((candidate) => candidate.id)).toEqual(
      first.posts.map((candidate) => candidate.id),
    )
    expect(new Set(first.posts.map((candidate) => candidate.id)).size).toBe(36)
  })
})

describe('the owner of a Meta export', () => {
  it('comes from personal_information.json in an Instagram zip, repaired', async () => {
    const profile = {
      profile_user: [
        {
          string_map_data: {
            Name: { href: '', value: 'Jo\u00c3\u00a3o Ocd', timestamp: 0 },
            Username: { href: '', value: 'yourocd', timestamp: 0 },
          },
        },
      ],
    }
    const result = await importFile(
      zipOf('instagram.zip', {
        'content/posts_1.json': INSTAGRAM,
        'personal_information/personal_information.json': new TextEncoder().encode(
          JSON.stringify(profile),
        ),
      }),
    )
    expect(result.posts[0]?.author).toEqual({
      name: 'João Ocd',
      handle: '@yourocd',
      url: 'https://www.instagram.com/yourocd/',
    })
  })

  it('is left blank when the export has no profile file', async () => {
    const { posts } = await importFile(fileOf('your_posts_1.json', FACEBOOK))
    expect(posts[0]?.author).toEqual({ name: '', handle: '' })
  })
})

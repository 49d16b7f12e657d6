import { describe, expect, it } from 'vitest'
import { fileOf, fixtureBytes, FIXED_NOW, importFile, postById, zipOf } from '../testArchiveImport'
import { archiveMediaUrl } from '../types'

const TWEETS = fixtureBytes('twitter-archive/andreruffert-tweets.js.excerpt.js')
const OLD_TWEETS = fixtureBytes('twitter-archive/dsajgiouawj-tweet.js.excerpt.js')
const PHOTO = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])
const GIF_MP4 = new Uint8Array([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70])

const andreZip = (
  tweetFiles: Record<string, Uint8Array>,
  manifest = fixtureBytes('twitter-archive/andreruffert-manifest.js'),
) =>
  zipOf('twitter-2022-11-14.zip', {
    'data/manifest.js': manifest,
    'data/account.js': fixtureBytes('twitter-archive/andreruffert-account.js'),
    'data/profile.js': fixtureBytes('twitter-archive/andreruffert-profile.js'),
    'data/deleted-tweets.js': fixtureBytes('twitter-archive/andreruffert-deleted-tweets.js'),
    'data/README.txt': fixtureBytes('twitter-archive/andreruffert-README.txt'),
    'data/profile_media/ens-GMMR.jpg': PHOTO,
    'data/tweets_media/1588091220244369409-FgoIitdWAAAL87b.jpg': PHOTO,
    'data/tweets_media/827153311870619648-C3qjTsyXAAAfl6-.mp4': GIF_MP4,
    // Media of no tweet in the excerpt: never read.
    'data/tweets_media/1-unrelated.jpg': PHOTO,
    ...tweetFiles,
  })

describe('X/Twitter archive zip', () => {
  it('imports every tweet of tweets.js with the owner from account.js and profile.js', async () => {
    const result = await importFile(andreZip({ 'data/tweets.js': TWEETS }))
    expect(result.failed).toBeUndefined()
    expect(result.done).toEqual({ type: 'done', kind: 'twitter', posts: 31, media: 3 })
    expect(result.posts).toHaveLength(31)
    const morning = postById(result.posts, 'twitter:1588091220244369409')
    expect(morning.author).toEqual({
      name: 'André Ruffert',
      handle: '@andreruffert',
      url: 'https://x.com/andreruffert',
      avatarUrl: archiveMediaUrl('twitter:data/profile_media/ens-GMMR.jpg'),
      id: '112769581',
    })
    expect(morning.url).toBe('https://x.com/andreruffert/status/1588091220244369409')
    expect(morning.createdAt).toBe('2022-11-03T08:50:26.000Z')
    expect(morning.fetchedAt).toBe(FIXED_NOW.toISOString())
    expect(morning.source).toBe('twitter')
    expect(morning.availability).toEqual({ state: 'available' })
    // The photo's t.co link [30,53] is gone from the text; the emoji before it is intact.
    expect(morning.text).toBe('Good morning #LeadDevBerlin 👋')
    expect(morning.html).toBe(
      '<p>Good morning <a href="https://x.com/hashtag/LeadDevBerlin" rel="noopener noreferrer ugc" target="_blank" class="hashtag">#LeadDevBerlin</a> 👋</p>',
    )
    expect(morning.media).toEqual([
      {
        kind: 'image',
        url: archiveMediaUrl('twitter:data/tweets_media/1588091220244369409-FgoIitdWAAAL87b.jpg'),
        alt: '',
        width: 2048,
        height: 1536,
      },
    ])
    expect(morning.language).toBe('en')
    expect(morning.metrics?.likes).toBeTypeOf('number')
    const keys = result.media.map((file) => file.key).sort()
    expect(keys).toEqual([
      'twitter:data/profile_media/ens-GMMR.jpg',
      'twitter:data/tweets_media/1588091220244369409-FgoIitdWAAAL87b.jpg',
      'twitter:data/tweets_media/827153311870619648-C3qjTsyXAAAfl6-.mp4',
    ])
    expect(result.media.find((file) => file.key.endsWith('.mp4'))).toMatchObject({
      mimeType: 'video/mp4',
      bytes: GIF_MP4,
    })
  })

  it('cuts entities on code points of the escaped text, then unescapes', async () => {
    const { posts } = await importFile(andreZip({ 'data/tweets.js': TWEETS }))
    // `&lt;progressive-image&gt;` sits before the link: its indices count the escaped form.
    const element = postById(posts, 'twitter:1244662305805275136')
    expect(element.text).toContain("I've created a <progressive-image> custom element.")
    expect(element.text).toMatch(/^@SaraSoueidan @CtrlBlog /)
    const links = [...element.html.matchAll(/<a href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map((m) => [
      m[1],
      m[2],
    ])
    expect(links[0]).toEqual(['https://x.com/SaraSoueidan', '@SaraSoueidan'])
    expect(links[1]).toEqual(['https://x.com/CtrlBlog', '@CtrlBlog'])
    expect(links).toHaveLength(3)
    expect(element.html).toContain('&#60;progressive-image&#62;')
    // The link lands on its t.co span: the text keeps the expanded URL, the HTML its short form.
    const [href, shown] = links[2] ?? []
    expect(element.text.endsWith(href ?? 'missing')).toBe(true)
    expect(href).not.toContain('t.co')
    expect(shown?.length).toBeGreaterThan(5)
    // An emoji (two UTF-16 units, one code point) before a mention shifts nothing.
    const github = postById(posts, 'twitter:1273642505616199681')
    expect(github.html).toContain('New <a href="https://x.com/github"')
    expect(github.html).toContain('>@github</a> UI updates 🙃</p><p>Before/after</p>')
    expect(github.media.map((item) => item.url)).toEqual([
      'https://pbs.twimg.com/media/EazilZAWkAg_4aF.jpg',
      'https://pbs.twimg.com/media/EazilY9X0AIqQmj.jpg',
    ])
  })

  it('marks retweets as reposted by the owner, authored by the retweeted account', async () => {
    const { posts } = await importFile(andreZip({ 'data/tweets.js': TWEETS }))
    const retweet = postById(posts, 'twitter:1356728735953801219')
    expect(retweet.author.handle).toBe('@npmjs')
    expect(retweet.author.url).toBe('https://x.com/npmjs')
    expect(retweet.repostedBy?.handle).toBe('@andreruffert')
    expect(retweet.text).toMatch(
      /^we’re thrilled to share that npm 7 is now generally available 🚀/,
    )
    expect(retweet.html).not.toContain('RT @npmjs')
    const ampersand = postById(posts, 'twitter:897444285276180480')
    expect(ampersand.text).toContain('makes debugging & quick experimentations')
    // Six tweets of the excerpt start with `RT @`.
    expect(posts.filter((post) => post.repostedBy)).toHaveLength(6)
  })

  it('marks replies with the replied-to status and author', async () => {
    const { posts } = await importFile(andreZip({ 'data/tweets.js': TWEETS }))
    const reply = postById(posts, 'twitter:1587920147083591680')
    expect(reply.replyTo?.authorHandle).toBe('@OleMchls')
    expect(reply.replyTo?.url).toMatch(/^https:\/\/x\.com\/OleMchls\/status\/\d+$/)
    expect(reply.text).toBe("@OleMchls Same same, it's been ages…")
    // Thirteen have an in_reply_to_status_id_str.
    expect(posts.filter((post) => post.replyTo)).toHaveLength(13)
  })

  it('maps videos and GIFs to the mp4 kept in the archive, or the CDN otherwise', async () => {
    const { posts } = await importFile(andreZip({ 'data/tweets.js': TWEETS }))
    const gif = postById(posts, 'twitter:827153311870619648')
    expect(gif.media).toHaveLength(1)
    expect(gif.media[0]).toMatchObject({
      kind: 'gifv',
      url: archiveMediaUrl('twitter:data/tweets_media/827153311870619648-C3qjTsyXAAAfl6-.mp4'),
      previewUrl: 'https://pbs.twimg.com/tweet_video_thumb/C3qjTsyXAAAfl6-.jpg',
      mimeType: 'video/mp4',
    })
    const video = postById(posts, 'twitter:802141456697790464')
    expect(video.media[0]?.kind).toBe('video')
    expect(video.media[0]?.url).toMatch(/^https:\/\/video\.twimg\.com\/.+\.mp4/)
    expect(video.text).toBe(
      'Seems like the shadow is confusing the door. You should always have integration tests 😂#RubyDay2016',
    )
  })

  it('finds split tweets-partN.js files through the manifest, once each', async () => {
    const text = new TextDecoder().decode(TWEETS)
    const body = JSON.parse(text.slice(text.indexOf('['))) as unknown[]
    const part0 = `window.YTD.tweets.part0 = ${JSON.stringify(body.slice(0, 20), null, 2)}`
    const part1 = `window.YTD.tweets.part1 = ${JSON.stringify(body.slice(20), null, 2)}`
    const manifestText = new TextDecoder().decode(
      fixtureBytes('twitter-archive/andreruffert-manifest.js'),
    )
    const manifest = manifestText.replace(
      /"fileName" : "data\/tweets.js",\s*"globalName" : "YTD.tweets.part0",\s*"count" : "1986"\s*}/,
      '"fileName" : "data/tweets.js", "globalName" : "YTD.tweets.part0", "count" : "20" }, { "fileName" : "data/tweets-part1.js", "globalName" : "YTD.tweets.part1", "count" : "11" }',
    )
    expect(manifest).toContain('tweets-part1.js')
    const result = await importFile(
      andreZip(
        {
          'data/tweets.js': new TextEncoder().encode(part0),
          'data/tweets-part1.js': new TextEncoder().encode(part1),
        },
        new TextEncoder().encode(manifest),
      ),
      {},
      undefined,
      7,
    )
    expect(result.done?.posts).toBe(31)
    expect(new Set(result.posts.map((post) => post.id)).size).toBe(31)
    expect(postById(result.posts, 'twitter:364849883460550657').text).toMatch(
      /^element\.insertAdjacentHTML - https?:\/\//,
    )
    // 31 posts in batches of 7, and media in their own batches.
    expect(result.batches).toBeGreaterThanOrEqual(5)
    const progress = result.events.filter((event) => event.type === 'progress')
    const last = progress.at(-1)
    expect(last?.type === 'progress' && last.progress.posts).toBe(31)
  })

  it('imports the same archive twice to the same ids (re-import adds nothing)', async () => {
    const first = await importFile(andreZip({ 'data/tweets.js': TWEETS }))
    const second = await importFile(andreZip({ 'data/tweets.js': TWEETS }))
    expect(second.posts.map((post) => post.id)).toEqual(first.posts.map((post) => post.id))
    expect(second.media.map((file) => file.key)).toEqual(first.media.map((file) => file.key))
  })
})

describe('bare X/Twitter files', () => {
  it('imports a tweets.js chosen alone, its media from the CDN', async () => {
    const result = await importFile(fileOf('tweets.js', TWEETS))
    expect(result.done).toEqual({ type: 'done', kind: 'twitter', posts: 31, media: 0 })
    const morning = postById(result.posts, 'twitter:1588091220244369409')
    expect(morning.media[0]?.url).toBe('https://pbs.twimg.com/media/FgoIitdWAAAL87b.jpg')
    // No account.js: the owner is unknown, the permalink still works.
    expect(morning.url).toBe('https://x.com/i/web/status/1588091220244369409')
  })

  it('imports the older tweet.js layout with its Japanese text and &-escapes', async () => {
    const result = await importFile(fileOf('tweet.js', OLD_TWEETS))
    expect(result.done?.posts).toBe(32)
    expect(postById(result.posts, 'twitter:842586074962575364').text).toBe(
      '@E31415926 教えていただきました\nありがとうございました',
    )
    expect(postById(result.posts, 'twitter:1084453769067126785').text).toBe('1787->1789(+2)')
    expect(postById(result.posts, 'twitter:1084453769067126785').html).toBe(
      '<p>1787-&#62;1789(+2)</p>',
    )
    expect(postById(result.posts, 'twitter:844454048556355584').language).toBe('ja')
    const hashtags = postById(result.posts, 'twitter:942031820819853312')
    expect(hashtags.html).toContain('>#wn_2017_1</a><br>やっとACできた')
    const retweet = postById(result.posts, 'twitter:830014430247137280')
    expect(retweet.author.handle).toBe('@templepmet')
    expect(retweet.text).toBe('広大付属高校、偏差値75とか終わった気しかしない')
  })

  it('refuses account.js chosen instead of tweets.js, saying which file to choose', async () => {
    const result = await importFile(
      fileOf('account.js', fixtureBytes('twitter-archive/andreruffert-account.js')),
    )
    expect(result.failed).toEqual({
      type: 'failed',
      reason: 'wrong-archive',
      kind: 'twitter',
      detail:
        "account.js is the X/Twitter archive's account file, not its tweets. Choose data/tweets.js (or tweet.js, tweets-part1.js…) or the whole archive zip.",
    })
  })
})

describe('a zip of the tweet file alone', () => {
  it('is read as an X/Twitter archive', async () => {
    const result = await importFile(zipOf('my-tweets.zip', { 'tweet.js': OLD_TWEETS }))
    expect(result.done).toEqual({ type: 'done', kind: 'twitter', posts: 32, media: 0 })
  })
})

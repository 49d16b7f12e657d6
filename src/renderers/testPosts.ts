/**
 * Test support: post snapshots for renderer tests, from ordinary to hostile. Production code
 * must not import this module.
 */
import type { Media, Post } from '../domain/post'

export const makeTestPost = (id: string, overrides: Partial<Post> = {}): Post => ({
  id,
  source: 'mastodon',
  url: `https://example.social/@lea/${encodeURIComponent(id)}`,
  author: {
    name: 'Léa Martin',
    handle: '@lea@example.social',
    url: 'https://example.social/@lea',
    avatarUrl: 'https://files.example.social/avatars/lea.png',
  },
  createdAt: '2024-04-30T08:00:00.000Z',
  fetchedAt: '2024-04-30T09:00:00.000Z',
  text: `Post ${id}`,
  html: `<p>Post ${id}</p>`,
  language: 'en',
  media: [],
  availability: { state: 'available' },
  ...overrides,
})

export const image = (overrides: Partial<Media> = {}): Media => ({
  kind: 'image',
  url: 'https://files.example.social/media/lake.jpg',
  previewUrl: 'https://files.example.social/media/lake-small.jpg',
  alt: 'A frozen lake under a pale sky',
  width: 1200,
  height: 800,
  ...overrides,
})

export const video = (overrides: Partial<Media> = {}): Media => ({
  kind: 'video',
  url: 'https://files.example.social/media/ice.mp4',
  previewUrl: 'https://files.example.social/media/ice.jpg',
  alt: 'Ice cracking near the shore',
  width: 1280,
  height: 720,
  mimeType: 'video/mp4',
  ...overrides,
})

export const fullPost = (): Post =>
  makeTestPost('full', {
    html:
      '<p>The lake froze overnight! <span class="h-card"><a href="https://example.social/@bob" class="u-url mention">@<span>bob</span></a></span> ' +
      '<a href="https://example.social/tags/winter" class="mention hashtag" rel="tag">#<span>winter</span></a></p>',
    text: 'The lake froze overnight! @bob #winter',
    media: [image()],
    metrics: { replies: 3, reposts: 1, likes: 12, quotes: 1 },
  })

export const cwPost = (): Post =>
  makeTestPost('cw', {
    contentWarning: 'Spoilers for the finale',
    html: '<p>The lake wins.</p>',
    media: [image()],
    sensitive: true,
  })

export const sensitivePost = (): Post =>
  makeTestPost('sensitive', { media: [image(), image({ alt: '' })], sensitive: true })

export const videoPost = (): Post =>
  makeTestPost('video', {
    media: [
      video(),
      video({ kind: 'gifv', alt: '', mimeType: 'video/mp4' }),
      {
        kind: 'audio',
        url: 'https://files.example.social/media/wind.mp3',
        alt: 'Wind',
        mimeType: 'audio/mpeg',
      },
    ],
  })

export const linkCardPost = (): Post =>
  makeTestPost('card', {
    card: {
      url: 'https://news.example.com/lakes/frozen',
      title: 'Why lakes freeze from the top',
      description: 'Water is densest at 4 °C.',
      imageUrl: 'https://news.example.com/img/lake.jpg',
      siteName: 'Example News',
    },
  })

export const quotingPost = (): Post =>
  makeTestPost('quoting', {
    html: '<p>Look at this</p>',
    quote: {
      state: 'available',
      post: makeTestPost('quoted', {
        author: { name: 'Bob', handle: '@bob@example.social', url: 'https://example.social/@bob' },
        html: '<p>Quoted words</p>',
        metrics: { likes: 99 },
        quote: {
          state: 'available',
          post: makeTestPost('deeper', {
            author: { name: 'Cleo', handle: '@cleo@example.social' },
            html: '<p>Too deep to show</p>',
          }),
        },
      }),
    },
  })

export const revokedQuotePost = (): Post =>
  makeTestPost('revoked', {
    quote: { state: 'unavailable', reason: 'revoked', url: 'https://example.social/@bob/9' },
  })

export const replyPost = (): Post =>
  makeTestPost('reply', {
    replyTo: { url: 'https://example.social/@bob/1', authorHandle: '@bob@example.social' },
  })

export const boostPost = (): Post =>
  makeTestPost('boost', {
    repostedBy: {
      name: 'Alice',
      handle: '@alice@example.social',
      url: 'https://example.social/@alice',
    },
  })

export const unavailablePost = (): Post =>
  makeTestPost('gone', {
    html: '<p>Still in the archive</p>',
    availability: {
      state: 'unavailable',
      reason: 'deleted',
      checkedAt: '2024-06-01T00:00:00.000Z',
    },
  })

const JS = 'javascript:alert(1)'

/** Every URL field scripted, and markup that tries to run. Nothing of it may survive. */
export const hostilePost = (): Post =>
  makeTestPost('hostile', {
    url: JS,
    author: {
      name: 'Mallory<script>alert(1)</script>',
      handle: '@mallory" onmouseover="alert(1)',
      url: 'JaVaScRiPt:alert(1)',
      avatarUrl: 'javascript:alert(1)',
    },
    language: 'en" onclick="alert(1)',
    html:
      '<p>hi<script>alert(1)</script><img src=x onerror=alert(1)>' +
      '<a href="javascript:alert(1)" onclick="alert(1)">click</a>' +
      '<iframe srcdoc="<script>alert(1)</script>"></iframe><svg onload=alert(1)></svg>' +
      '<a href="data:text/html,<script>alert(1)</script>">data</a>' +
      '<style>body{display:none}</style><form action="https://evil.example"><input></form></p>',
    contentWarning: '<img src=x onerror=alert(1)>',
    media: [
      image({ url: JS, previewUrl: 'vbscript:msgbox(1)', alt: '" onerror="alert(1)' }),
      video({ url: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', previewUrl: JS }),
      video({
        kind: 'gifv',
        url: '//evil.example/x.mp4',
        mimeType: 'video/mp4" onerror="alert(1)',
      }),
      { kind: 'audio', url: ' javascript:alert(1)', alt: '' },
      image({
        url: 'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+',
        previewUrl: undefined,
      }),
    ],
    card: {
      url: JS,
      title: '<script>alert(1)</script>',
      imageUrl: 'javascript:alert(1)',
      description: '<img src=x onerror=alert(1)>',
    },
    replyTo: { url: JS, authorHandle: '@bob<script>' },
    repostedBy: { name: 'Eve', handle: '@eve@example.social', url: JS },
    quote: {
      state: 'available',
      post: makeTestPost('hostile-quoted', {
        url: JS,
        html: '<p onclick="alert(1)">quoted<script>alert(2)</script></p>',
        author: { name: 'Q', handle: '@q', url: JS, avatarUrl: 'vbscript:x' },
      }),
    },
    metrics: {
      replies: Number.NaN,
      reposts: -4,
      likes: Infinity,
      quotes: '7' as unknown as number,
    },
  })

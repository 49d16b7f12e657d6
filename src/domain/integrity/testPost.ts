/** Test support: a minimal post snapshot. Production code must not import this module. */
import type { Post } from '../post'

export const testPost = (id: string, overrides: Partial<Post> = {}): Post => ({
  id,
  source: 'mastodon',
  url: `https://example.social/@lea/${encodeURIComponent(id)}`,
  author: { name: 'Léa Martin', handle: '@lea@example.social' },
  createdAt: '2024-04-30T08:00:00.000Z',
  fetchedAt: '2024-04-30T09:00:00.000Z',
  text: `Post ${id}`,
  html: `<p>Post ${id}</p>`,
  media: [],
  availability: { state: 'available' },
  ...overrides,
})

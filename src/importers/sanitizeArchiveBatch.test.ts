import { describe, expect, it } from 'vitest'
import type { Post } from '../domain/post'
import { sanitizePostHtml } from '../lib/sanitizeHtml'
import { sanitizeArchiveBatch } from './sanitizeArchiveBatch'
import { fileOf, fixtureBytes, importFile } from './testArchiveImport'

describe('sanitizeArchiveBatch', () => {
  it('removes scripts and unsafe links from archive HTML, on the main thread', () => {
    const post = {
      id: 'mastodon:x',
      html: '<p>hi<script>alert(1)</script><a href="javascript:alert(1)">x</a><img src=x onerror=alert(1)></p>',
      quote: { state: 'available', post: { html: '<p onclick="x()">quoted</p>' } },
    } as unknown as Post
    const batch = sanitizeArchiveBatch({ posts: [post], media: [] })
    expect(batch.posts[0]?.html).toBe(
      '<p>hi<a rel="noopener noreferrer ugc" target="_blank">x</a></p>',
    )
    expect(batch.posts[0]?.quote?.state === 'available' && batch.posts[0].quote.post.html).toBe(
      '<p>quoted</p>',
    )
  })

  it('keeps the Mastodon archive HTML it can show, with our link attributes', async () => {
    const { events } = await importFile(
      fileOf('outbox.json', fixtureBytes('mastodon-archive/dealingwith-outbox.json.excerpt.json')),
    )
    const batch = events.find((event) => event.type === 'batch')
    if (batch?.type !== 'batch') throw new Error('no batch')
    const clean = sanitizeArchiveBatch(batch.batch)
    const cat = clean.posts.find((post) => post.id.endsWith('109333840388857217'))
    expect(cat?.html).toContain(
      '<a href="https://indieweb.social/tags/caterday" class="mention hashtag" rel="noopener noreferrer ugc" target="_blank">',
    )
    expect(clean.posts.every((post) => !/<script|on\w+=/i.test(post.html))).toBe(true)
  })

  it('keeps the HTML the worker built for tweets as it is, without changing what it shows', async () => {
    const { posts } = await importFile(
      fileOf('tweets.js', fixtureBytes('twitter-archive/andreruffert-tweets.js.excerpt.js')),
    )
    expect(posts.length).toBeGreaterThan(10)
    const built = posts.map((post) => post.html)
    const clean = sanitizeArchiveBatch({ posts, media: [] })
    expect(clean.posts.map((post) => post.html)).toEqual(built)
    // DOMPurify would keep the same markup: only entities and the order of attributes differ.
    const parse = (html: string) => {
      const template = document.createElement('template')
      template.innerHTML = html
      return template.content
    }
    for (const html of built)
      expect(parse(sanitizePostHtml(html)).isEqualNode(parse(html)), html).toBe(true)
  })
})

import { describe, expect, it } from 'vitest'
import type { DeletedPostPolicy } from '../domain/story'
import { feedHtmlExporter } from './feedHtml'
import { jsonExporter } from './json'
import { markdownExporter } from './markdown'
import { testInput, testPostsById, testStory } from './testStory'
import type { ExportInput, ExportResult } from './types'
import { withDeletedPostPolicy } from './withDeletedPostPolicy'

const CHECKED = '2026-11-25T12:00:00.000Z'
const FULL_TEXT = 'The lake froze overnight!'
const LAKE = 'lake.jpg'

/** The story of testStory, its "full" post (by Léa Martin, with a picture) deleted at source. */
const inputWith = (policy: DeletedPostPolicy | undefined): ExportInput => {
  const posts = testPostsById()
  posts.full = { ...posts.full!, sourceCheck: { state: 'deleted', checkedAt: CHECKED } }
  return testInput({
    story: { ...testStory(), ...(policy ? { deletedPosts: policy } : {}) },
    posts,
  })
}

const text = async (result: ExportResult) => result.file.content.text()

const feedHtml = async (policy: DeletedPostPolicy | undefined) =>
  text(await withDeletedPostPolicy(feedHtmlExporter, 'feed-html').run(inputWith(policy)))
const markdown = async (policy: DeletedPostPolicy | undefined) =>
  text(await withDeletedPostPolicy(markdownExporter, 'markdown').run(inputWith(policy)))

describe('deleted-post policy in exports', () => {
  it('keep (the default): the post as it was, with a dated note', async () => {
    for (const policy of [undefined, 'keep'] as const) {
      const html = await feedHtml(policy)
      expect(html).toContain(FULL_TEXT)
      expect(html).toContain('Deleted at source on November 25, 2026')
      const md = await markdown(policy)
      expect(md).toContain(FULL_TEXT)
      expect(md).toContain(`${LAKE})`)
      expect(md).toContain('*Deleted at source on November 25, 2026*')
    }
  })

  it('tombstone: who and where, nothing of what it said or showed', async () => {
    const html = await feedHtml('tombstone')
    expect(html).not.toContain(FULL_TEXT)
    expect(html).toContain('A post by Léa Martin (@lea@example.social) was deleted at its source.')
    expect(html).toContain('href="https://example.social/@lea/full"')
    // Other posts keep their pictures; the tombstone brings none.
    expect(html.match(/<img/g)?.length ?? 0).toBeLessThan(
      (await feedHtml('keep')).match(/<img/g)?.length ?? 0,
    )
    const md = await markdown('tombstone')
    expect(md).not.toContain(FULL_TEXT)
    const lakes = (doc: string) => doc.split(LAKE).length - 1
    expect(lakes(md)).toBe(lakes(await markdown('keep')) - 1)
    expect(md).toContain(
      '> *A post by Léa Martin (@lea@example.social) was deleted at its source.* [Original link](https://example.social/@lea/full)',
    )
  })

  it('omit: the block is left out, the others stay', async () => {
    const html = await feedHtml('omit')
    expect(html).not.toContain(FULL_TEXT)
    expect(html).not.toContain('was deleted at its source')
    expect(html).toContain('Why it matters')
    const md = await markdown('omit')
    expect(md).not.toContain(FULL_TEXT)
    expect(md).not.toContain('Deleted at source')
    expect(md).toContain('Why it matters')
  })

  it('a post not found deleted is never touched', async () => {
    const html = await text(
      await withDeletedPostPolicy(feedHtmlExporter, 'feed-html').run(
        testInput({ story: { ...testStory(), deletedPosts: 'omit' } }),
      ),
    )
    expect(html).toContain(FULL_TEXT)
  })

  it('JSON, the story’s own copy, stays whole', async () => {
    const json = await text(
      await withDeletedPostPolicy(jsonExporter, 'json').run(inputWith('omit')),
    )
    expect(json).toContain(FULL_TEXT)
    expect(json).toContain('"deletedPosts": "omit"')
  })
})

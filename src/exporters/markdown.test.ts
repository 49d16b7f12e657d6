import { beforeAll, describe, expect, it } from 'vitest'
import type { RichTextDoc } from '../domain/richText'
import { makeTestPost } from '../renderers/testPosts'
import { escapeMarkdown, exportMarkdown, richTextToMarkdown, storyToMarkdown } from './markdown'
import { testInput } from './testStory'

beforeAll(() => {
  process.env.TZ = 'UTC'
})

const doc = (...content: RichTextDoc['content']): RichTextDoc => ({ type: 'doc', content })
const p = (text: string, marks?: RichTextDoc['content'][number]['marks']) => ({
  type: 'paragraph',
  content: [{ type: 'text', text, ...(marks ? { marks } : {}) }],
})

describe('Markdown export', () => {
  it('matches the file snapshot', async () => {
    const result = await exportMarkdown(testInput())
    if (result.kind !== 'file') throw new Error('expected a file')
    expect(result.file.fileName).toBe('a-winter-at-the-lake.md')
    await expect(await result.file.content.text()).toMatchFileSnapshot('./__snapshots__/story.md')
  })

  it('writes the title as #, sections as ## and posts as quotes with a byline', () => {
    const md = storyToMarkdown(testInput())
    expect(md.startsWith('# A winter at the lake\n\n## Morning\n\n')).toBe(true)
    expect(md).toContain('## Afternoon')
    expect(md).toContain(
      '> — Léa Martin (@lea@example.social), Apr 30, 2024, 8:00 AM, [View original](https://example.social/@lea/full)',
    )
    expect(md).toContain(
      '> ![A frozen lake under a pale sky](https://files.example.social/media/lake.jpg)',
    )
  })

  it('escapes what would otherwise be Markdown or HTML', () => {
    expect(escapeMarkdown('*not bold* _x_ [a](b) ![i](j) <b>&amp; `c` #tag a|b ~~s~~')).toBe(
      '\\*not bold\\* \\_x\\_ \\[a\\](b) !\\[i\\](j) &lt;b&gt;&amp;amp; \\`c\\` #tag a\\|b \\~\\~s\\~\\~',
    )
    expect(escapeMarkdown('# not a heading\n- not a list\n1. not a list\n> not a quote')).toBe(
      '\\# not a heading\n\\- not a list\n1\\. not a list\n&gt; not a quote',
    )
  })

  it('turns commentary into Markdown: headings, marks, links, quotes, lists', () => {
    const md = richTextToMarkdown(
      doc(
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Title' }] },
        p('bold', [{ type: 'bold' }]),
        p('both', [{ type: 'bold' }, { type: 'italic' }]),
        p('site', [{ type: 'link', attrs: { href: 'https://a.example/x (1)' } }]),
        p('evil', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]),
        { type: 'blockquote', content: [p('quoted'), p('twice')] },
        {
          type: 'orderedList',
          attrs: { start: 3 },
          content: [
            { type: 'listItem', content: [p('three')] },
            { type: 'listItem', content: [p('four')] },
          ],
        },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'a' },
            { type: 'hardBreak' },
            { type: 'text', text: 'b' },
          ],
        },
      ),
    )
    expect(md).toBe(
      [
        '## Title',
        '**bold**',
        '***both***',
        '[site](https://a.example/x%20%281%29)',
        'evil',
        '> quoted\n>\n> twice',
        '3. three\n4. four',
        'a\\\nb',
      ].join('\n\n'),
    )
  })

  it('links only http(s) originals and shows refused media as text', () => {
    const post = makeTestPost('odd', {
      url: 'javascript:alert(1)',
      text: 'hi',
      media: [{ kind: 'image', url: '/sample/photos/x.svg', alt: 'local' }],
    })
    const md = storyToMarkdown({
      story: { ...testInput().story, blocks: [{ id: 'b', type: 'post', postId: 'odd' }] },
      posts: { odd: post },
      locale: 'en',
    })
    expect(md).not.toContain('javascript')
    expect(md).toContain('> *Image: local*')
    expect(md).toMatch(/> — Léa Martin \(@lea@example\.social\), [^\n]*2024, 8:00 AM\n$/)
  })
})

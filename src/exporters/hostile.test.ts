import { beforeAll, describe, expect, it, vi } from 'vitest'
import { findDangerousMarkup } from '../lib/testDangerousMarkup'
import { hostilePost } from '../renderers/testPosts'
import { exportEmbed } from './embed'
import { exportFeedHtml } from './feedHtml'
import { exportJson } from './json'
import { exportMarkdown } from './markdown'
import { fakeFetcher, testInput } from './testStory'
import type { ExportInput, ExportResult } from './types'

vi.mock('./rendererCss', async () => {
  const { rendererCssText: read } = await import('./testStory')
  return { RENDERER_CSS: read() }
})

beforeAll(() => {
  process.env.TZ = 'UTC'
})

const calls: string[] = []
const hostileInput = (): ExportInput =>
  testInput({
    story: {
      ...testInput().story,
      title: '</title><script>alert(1)</script>',
      blocks: [
        { id: 'h', type: 'post', postId: 'hostile' },
        { id: 's', type: 'section', title: '<img src=x onerror=alert(1)>' },
        {
          id: 't',
          type: 'text',
          content: {
            type: 'doc',
            content: [
              {
                type: 'paragraph',
                content: [
                  {
                    type: 'text',
                    text: 'click',
                    marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }],
                  },
                  { type: 'script', text: 'alert(1)' },
                ],
              },
            ],
          },
        },
      ],
    },
    posts: { hostile: hostilePost() },
    fetchMedia: fakeFetcher(calls),
  })

const text = async (result: ExportResult) =>
  result.kind === 'file' ? result.file.content.text() : `${result.iframe}\n${result.html}`

/** The page between its <body> tags: the head's own <meta>/<style> are ours. */
const bodyOf = (html: string) => html.slice(html.indexOf('<body>'), html.lastIndexOf('</body>'))

describe('hostile posts through every exporter', () => {
  it('feed HTML: no handler, script or scripted URL, and nothing hostile fetched', async () => {
    const html = await text(await exportFeedHtml(hostileInput(), { nonce: 'n' }))
    expect(findDangerousMarkup(bodyOf(html), { allowDataImages: true })).toEqual([])
    expect(html).not.toMatch(/<script/i)
    expect(html).not.toMatch(/javascript:/i)
    expect(html.match(/<title>[^<]*<\/title>/)?.[0]).toBe(
      '<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>',
    )
    expect(calls.filter((url) => /^(?:javascript|vbscript|data:text)/i.test(url.trim()))).toEqual(
      [],
    )
  })

  it('embed: neither snippet carries script, handlers or scripted URLs', async () => {
    const result = await exportEmbed(hostileInput(), { nonce: 'n' })
    if (result.kind !== 'snippets') throw new Error('expected snippets')
    const snippetBody = result.html.replace(/<style>[\s\S]*?<\/style>/, '')
    expect(findDangerousMarkup(snippetBody, { allowDataImages: true })).toEqual([])
    expect(result.html).not.toMatch(/<script|javascript:/i)
    // The srcdoc is one escaped attribute: no tag can open inside the host page.
    const iframe = result.iframe
    expect(iframe.match(/</g)).toHaveLength(2)
    const frame = new DOMParser()
      .parseFromString(iframe, 'text/html')
      .querySelector('iframe')!
      .getAttribute('srcdoc')!
    expect(findDangerousMarkup(bodyOf(frame), { allowDataImages: true })).toEqual([])
  })

  it('Markdown: no raw HTML and no scripted link', async () => {
    const md = await text(await exportMarkdown(hostileInput()))
    expect(md).not.toContain('<')
    expect(md).not.toMatch(/javascript:|vbscript:/i)
    expect(md).not.toMatch(/\]\((?!https?:)/)
  })

  it('JSON: keeps the data as data, with no tag and no scripted URL fetched into media', async () => {
    const json = await text(await exportJson(hostileInput()))
    expect(json).not.toContain('<')
    const media = JSON.parse(json).media as Record<string, string>
    for (const url of Object.keys(media)) expect(url).toMatch(/^https?:/)
  })
})

import { unzipSync, strFromU8 } from 'fflate'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { cspHash } from './standaloneHtml'
import { exportFeedHtml } from './feedHtml'
import { fakeFetcher, rendererCssText, testInput } from './testStory'
import type { ExportInput, ExportResult } from './types'

vi.mock('./rendererCss', async () => {
  const { rendererCssText: read } = await import('./testStory')
  return { RENDERER_CSS: read() }
})

beforeAll(() => {
  // Post dates are formatted in the machine's zone: fix it so the snapshot is the same anywhere.
  process.env.TZ = 'UTC'
})

const fileOf = (result: ExportResult) => {
  if (result.kind !== 'file') throw new Error('expected a file')
  return result.file
}

const pageOf = async (input: Partial<ExportInput> = {}) => {
  const file = fileOf(await exportFeedHtml(testInput(input), { nonce: 'test' }))
  return { file, html: await file.content.text() }
}

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html')

describe('feed HTML export', () => {
  it('matches the file snapshot', async () => {
    const { file, html } = await pageOf()
    expect(file.fileName).toBe('a-winter-at-the-lake.html')
    expect(file.mimeType).toBe('text/html')
    await expect(html).toMatchFileSnapshot('./__snapshots__/feed-light.html')
  })

  it('carries a CSP that allows only inline data and its own style element, by hash', async () => {
    const { html } = await pageOf()
    const doc = parse(html)
    const csp = doc
      .querySelector('meta[http-equiv="Content-Security-Policy"]')
      ?.getAttribute('content')
    const style = doc.querySelectorAll('style')
    expect(style).toHaveLength(1)
    expect(csp).toBe(
      `default-src 'none'; img-src data:; media-src data:; style-src ${await cspHash(style[0]!.textContent ?? '')}; base-uri 'none'; form-action 'none'`,
    )
    // The CSP meta comes before anything it governs.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'))
    expect(doc.querySelector('meta[name="referrer"]')?.getAttribute('content')).toBe('no-referrer')
  })

  it('has no script, and nothing it would load from elsewhere', async () => {
    const { html } = await pageOf()
    expect(html).not.toMatch(/<script/i)
    const doc = parse(html)
    for (const element of doc.querySelectorAll('[src], [poster], [srcset], link[href]')) {
      for (const attr of ['src', 'poster', 'srcset', 'href']) {
        const value = element.getAttribute(attr)
        if (value !== null) expect(value, `${element.tagName} ${attr}`).toMatch(/^data:/)
      }
    }
    // Links to the originals stay, as links.
    const hrefs = [...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'))
    expect(hrefs).toContain('https://example.social/@lea/full')
    expect(html).not.toContain('/__storyloom-')
  })

  it('fetches each media file once, and never a card image it would not draw twice', async () => {
    const calls: string[] = []
    await exportFeedHtml(testInput({ fetchMedia: fakeFetcher(calls) }), { nonce: 'test' })
    expect(new Set(calls).size).toBe(calls.length)
    expect(calls).toContain('https://files.example.social/media/lake.jpg')
  })

  it('keeps alt texts, semantic markup, the title and the language', async () => {
    const doc = parse((await pageOf()).html)
    expect(doc.documentElement.getAttribute('lang')).toBe('en')
    expect(doc.title).toBe('A winter at the lake')
    const alts = [...doc.querySelectorAll('.post-media img')].map((img) => img.getAttribute('alt'))
    expect(alts).toContain('A frozen lake under a pale sky')
    expect(doc.querySelectorAll('article.story-post')).toHaveLength(6)
    expect(doc.querySelector('blockquote.post-quote')?.getAttribute('cite')).toBe(
      'https://example.social/@lea/quoted',
    )
    expect(doc.querySelector('time.post-date')?.getAttribute('datetime')).toBe(
      '2024-04-30T08:00:00.000Z',
    )
    expect(doc.querySelector('footer time')?.getAttribute('datetime')).toBe('2024-05-02')
    expect(doc.querySelector('.story-text h3')?.textContent).toBe('Why it matters')
  })

  it('draws a labelled placeholder for a file that could not be had', async () => {
    const doc = parse((await pageOf()).html)
    const missing = doc.querySelector('.post-media-missing')
    expect(missing?.textContent).toBe('Image not included: the file could not be retrieved')
    expect(missing?.closest('.post-media-item')?.textContent).toContain(
      'A photo that no longer exists',
    )
  })

  it('inlines videos as data URLs under the media-src rule', async () => {
    const doc = parse((await pageOf()).html)
    const source = doc.querySelector('video source')
    expect(source?.getAttribute('src')).toMatch(/^data:video\/mp4;base64,/)
  })

  it('follows the reader’s dark mode, prints on white, and writes French when asked', async () => {
    const { html } = await pageOf({ locale: 'fr' })
    expect(html).toContain('@media (prefers-color-scheme: dark)')
    expect(html).toContain('@media print')
    const doc = parse(html)
    expect(doc.documentElement.getAttribute('lang')).toBe('fr')
    expect(doc.querySelector('.export-footer')?.textContent).toBe(
      'Exporté avec Storyloom le 2 mai 2024',
    )
  })

  it('applies the brand theme: accent, logo and name, and refuses a scripted logo', async () => {
    const logo = 'data:image/png;base64,iVBORw0KGgo='
    const brand = await pageOf({
      theme: { id: 'brand', accent: '#0A7D5A', logoDataUrl: logo, brandName: 'Lake News' },
    })
    const doc = parse(brand.html)
    expect(doc.querySelector('.export-brand img')?.getAttribute('src')).toBe(logo)
    expect(doc.querySelector('.export-brand')?.textContent).toBe('Lake News')
    expect(brand.html).toContain('--color-accent: #0a7d5a;')
    const hostile = await pageOf({
      theme: {
        id: 'brand',
        accent: 'red; } body { display: none',
        logoDataUrl: 'javascript:alert(1)',
        brandName: '<b>x</b>',
      },
    })
    expect(hostile.html).not.toContain('red; }')
    expect(hostile.html).toContain('--color-accent: #0a7d5a;')
    expect(hostile.html).not.toContain('javascript:')
    expect(parse(hostile.html).querySelector('.export-brand')?.innerHTML).toBe(
      '<span>&lt;b&gt;x&lt;/b&gt;</span>',
    )
  })

  it('writes a zip with index.html and an assets folder when the media are large', async () => {
    const result = await exportFeedHtml(testInput(), { nonce: 'test', zipThreshold: 10 })
    const file = fileOf(result)
    expect(file.fileName).toBe('a-winter-at-the-lake.zip')
    const entries = unzipSync(new Uint8Array(await file.content.arrayBuffer()))
    const names = Object.keys(entries).sort()
    expect(names[0]).toMatch(/^assets\/001\.png$/)
    expect(names).toContain('index.html')
    expect(names.filter((name) => name.endsWith('.mp4'))).toHaveLength(1)
    const html = strFromU8(entries['index.html']!)
    expect(html).toContain("img-src 'self' data:")
    expect(html).toContain('src="assets/001.png"')
    expect(html).not.toContain('base64,')
    for (const name of names.filter((n) => n.startsWith('assets/')))
      expect(html).toContain(`"${name}"`)
  })

  it('uses the real renderer stylesheet in these tests', () => {
    expect(rendererCssText()).toContain('.post-card')
  })
})

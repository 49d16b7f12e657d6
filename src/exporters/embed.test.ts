import { beforeAll, describe, expect, it, vi } from 'vitest'
import { exportEmbed } from './embed'
import { exportFeedHtml } from './feedHtml'
import { testInput } from './testStory'

vi.mock('./rendererCss', async () => {
  const { rendererCssText: read } = await import('./testStory')
  return { RENDERER_CSS: read() }
})

beforeAll(() => {
  process.env.TZ = 'UTC'
})

const snippets = async () => {
  const result = await exportEmbed(testInput(), { nonce: 'test' })
  if (result.kind !== 'snippets') throw new Error('expected snippets')
  return result
}

const parse = (html: string) => {
  const template = document.createElement('template')
  template.innerHTML = html
  return template.content
}

describe('embed code', () => {
  it('matches the file snapshots', async () => {
    const { iframe, html } = await snippets()
    await expect(iframe).toMatchFileSnapshot('./__snapshots__/embed-iframe.html')
    await expect(html).toMatchFileSnapshot('./__snapshots__/embed-snippet.html')
  })

  it('frames the feed page in a sandbox that allows no script', async () => {
    const { iframe } = await snippets()
    const frame = parse(iframe).querySelector('iframe')!
    expect(frame.getAttribute('title')).toBe('A winter at the lake')
    expect(frame.getAttribute('loading')).toBe('lazy')
    expect(frame.getAttribute('sandbox')).toBe('allow-popups allow-popups-to-escape-sandbox')
    expect(frame.getAttribute('sandbox')).not.toContain('allow-scripts')
    expect(frame.getAttribute('sandbox')).not.toContain('allow-same-origin')
    expect(Number(frame.getAttribute('height'))).toBeGreaterThan(300)
    const page = await exportFeedHtml(testInput(), { nonce: 'test' })
    if (page.kind !== 'file') throw new Error('expected a file')
    expect(frame.getAttribute('srcdoc')).toBe(await page.file.content.text())
  })

  it('gives script-free markup whose styles all sit under its own wrapper class', async () => {
    const { html } = await snippets()
    expect(html).not.toMatch(/<script/i)
    const root = parse(html)
    const wrapper = root.firstElementChild!
    expect(wrapper.className).toBe('storyloom-embed-test')
    expect(wrapper.querySelector('.story-feed h1')?.textContent).toBe('A winter at the lake')
    const css = wrapper.querySelector('style')?.textContent ?? ''
    const preludes = [...css.matchAll(/([^{};]+)\{/g)]
      .map((match) => match[1]!.trim())
      .filter((prelude) => !prelude.startsWith('@'))
    expect(preludes.length).toBeGreaterThan(80)
    for (const prelude of preludes)
      for (const selector of prelude.split(',\n'))
        expect(selector.trim().startsWith('.storyloom-embed-test'), selector).toBe(true)
    expect(css).not.toMatch(/(^|\n)\s*(?::root|html|body)\b/)
  })
})

import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, test, type Editor } from './fixtures/test.ts'

/**
 * Feeds, link embeds and the relay. The relay is real here: `vite preview` mounts it, and its
 * test-only setting (playwright.config.ts) lets it reach the replay server on 127.0.0.1:4180,
 * and nothing else.
 */
const REPLAY = 'http://127.0.0.1:4180'
const FIXTURES = new URL('../src/test/fixtures/', import.meta.url)
const fixture = (name: string) => readFileSync(new URL(name, FIXTURES))

const chooseSource = (editor: Editor, label: string) =>
  editor.library().getByRole('combobox', { name: 'Source' }).selectOption({ label })

const search = async (editor: Editor, query: string) => {
  await editor.library().getByRole('searchbox', { name: 'Search', exact: true }).fill(query)
  await editor.library().getByRole('button', { name: 'Search', exact: true }).click()
}

/** Answers the relay's requests for one purpose with a recorded payload, and counts them. */
const answerRelay = async (page: Page, purpose: string, body: Buffer, contentType: string) => {
  const asked: string[] = []
  await page.route(
    (url) => url.pathname === '/relay' && url.searchParams.get('purpose') === purpose,
    async (route) => {
      asked.push(new URL(route.request().url()).searchParams.get('url') ?? '')
      await route.fulfill({ status: 200, contentType, body })
    },
  )
  return asked
}

test('a feed is read through the relay and its items go into the story', async ({ editor }) => {
  const relayed: string[] = []
  editor.page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.pathname === '/relay') relayed.push(url.searchParams.get('url') ?? '')
  })
  await chooseSource(editor, 'Feeds (RSS, Atom, JSON)')
  await expect(editor.library().getByRole('textbox', { name: 'Server' })).toHaveCount(0)
  await search(editor, `${REPLAY}/feeds/rss-parser-content-encoded.rss`)
  await expect(editor.libraryPosts().first()).toBeVisible()
  const count = await editor.libraryPosts().count()
  expect(count).toBeGreaterThan(0)
  expect(relayed).toContain(`${REPLAY}/feeds/rss-parser-content-encoded.rss`)

  await editor.addFromLibrary(0)
  await expect(editor.blocks()).toHaveCount(1)
  await editor.page.reload()
  await editor.waitUntilReady()
  await expect(editor.blocks()).toHaveCount(1)
})

test('a feed that is a web page, or missing, is said plainly and the story is untouched', async ({
  editor,
}) => {
  await editor.addFromLibrary(0)
  await chooseSource(editor, 'Feeds (RSS, Atom, JSON)')
  await search(editor, `${REPLAY}/feeds/nope.rss`)
  await expect(editor.library().getByRole('alert')).toBeVisible()
  await expect(editor.blocks()).toHaveCount(1)
})

test('"Open feed file" reads a feed from the disk without the network', async ({ editor }) => {
  await chooseSource(editor, 'Feeds (RSS, Atom, JSON)')
  const chooser = editor.page.waitForEvent('filechooser')
  await editor.library().getByRole('button', { name: 'Open feed file' }).click()
  await (
    await chooser
  ).setFiles({
    name: 'youtube.xml',
    mimeType: 'application/xml',
    buffer: fixture('rss/prof18-atom-feed-youtube.xml'),
  })
  await expect(editor.libraryPosts().first()).toBeVisible()
  await editor.addFromLibrary(0)
  await expect(editor.blocks()).toHaveCount(1)

  const bad = editor.page.waitForEvent('filechooser')
  await editor.library().getByRole('button', { name: 'Open feed file' }).click()
  await (
    await bad
  ).setFiles({
    name: 'page.xml',
    mimeType: 'text/html',
    buffer: Buffer.from('<!doctype html><p>hi'),
  })
  await expect(editor.library().getByRole('alert')).toContainText('page.xml')
  await expect(editor.blocks()).toHaveCount(1)
})

test('a YouTube link becomes a card drawn from our data; its player only in a sandboxed frame', async ({
  editor,
}) => {
  const asked = await answerRelay(
    editor.page,
    'oembed',
    fixture('oembed/ruby-oembed-youtube.json'),
    'application/json',
  )
  await chooseSource(editor, 'Links (oEmbed)')
  await search(editor, 'https://www.youtube.com/watch?v=pO5L6vXtxsI')
  await expect(editor.libraryPosts()).toHaveCount(1)
  expect(asked[0]).toContain('https://www.youtube.com/oembed?')
  await editor.addFromLibrary(0)
  await expect(editor.blocks()).toHaveCount(1)

  const story = editor.story()
  await expect(story.locator('iframe')).toHaveCount(0)
  await story.getByRole('button', { name: /^Play/ }).click()
  const frame = story.locator('iframe')
  await expect(frame).toHaveCount(1)
  await expect(frame).toHaveAttribute('sandbox', /allow-scripts/)
  expect(await frame.getAttribute('src')).toMatch(
    /^https:\/\/www\.youtube(-nocookie)?\.com\/embed\//,
  )
})

test('without the relay, sources that need it say so', async ({ editor }) => {
  await editor.page.route('**/relay/health', (route) => route.fulfill({ status: 404 }))
  await editor.page.reload()
  await editor.waitUntilReady()
  await chooseSource(editor, 'Links (oEmbed)')
  await search(editor, 'https://x.com/jack/status/20')
  await expect(editor.library().getByRole('alert')).toContainText('relay')

  await editor.library().getByRole('button', { name: 'Sources…' }).click()
  const dialog = editor.page.getByRole('dialog', { name: 'Sources' })
  await expect(dialog.getByText(/runs without its relay/)).toBeVisible()
})

import type { Page } from '@playwright/test'
import { expect, test, type Editor } from './fixtures/test.ts'

/** The replay server started by playwright.config.ts, answering with recorded payloads. */
const REPLAY = 'http://127.0.0.1:4180'
const BLUESKY_POST = 'https://bsky.app/profile/soubhikbarari.bsky.social/post/3k7qmjev5lr2s'

test.beforeEach(async ({ request }) => {
  await request.get(`${REPLAY}/__reset`)
})

const chooseSource = async (editor: Editor, source: 'Mastodon' | 'Bluesky') => {
  await editor.library().getByRole('combobox', { name: 'Source' }).selectOption(source)
  await editor.library().getByRole('textbox', { name: 'Server' }).fill(REPLAY)
}

const search = async (editor: Editor, query: string) => {
  await editor.library().getByRole('searchbox', { name: 'Search', exact: true }).fill(query)
  await editor.library().getByRole('button', { name: 'Search', exact: true }).click()
}

/** Fires what the browser fires when a link is pasted on, or dropped onto, an element. */
const pasteLink = (page: Page, link: string) =>
  page.evaluate((text) => {
    const data = new DataTransfer()
    data.setData('text/plain', text)
    const target = document.querySelector('section.story') ?? document.body
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }))
  }, link)

test('a Mastodon hashtag search pages through the Link header and feeds the story', async ({
  editor,
}) => {
  await chooseSource(editor, 'Mastodon')
  await search(editor, '#rstats')
  await expect(editor.libraryPosts()).toHaveCount(5)
  await expect(
    editor.library().getByRole('status').filter({ hasText: '5 posts from Mastodon' }),
  ).toBeVisible()

  await editor.library().getByRole('button', { name: 'Load more' }).click()
  await expect(editor.libraryPosts()).toHaveCount(25)
  await expect(editor.library().getByRole('button', { name: 'Load more' })).toHaveCount(0)
  await expect(editor.library().getByText('No more posts.')).toBeVisible()

  await editor.addFromLibrary(0)
  await expect(editor.blocks()).toHaveCount(1)
  expect(await editor.storyPostLabels()).toEqual(['Post by Simon P. Couch'])

  // The choice of source and server survives a reload.
  await editor.page.reload()
  await editor.waitUntilReady()
  await expect(editor.library().getByRole('combobox', { name: 'Source' })).toHaveValue('mastodon')
  await expect(editor.library().getByRole('textbox', { name: 'Server' })).toHaveValue(REPLAY)
  await expect(editor.blocks()).toHaveCount(1)
})

test('a 429 with Retry-After is waited out; a longer one is said, never shown as no results', async ({
  editor,
}) => {
  await chooseSource(editor, 'Mastodon')
  await search(editor, '#busy')
  await expect(editor.libraryPosts()).toHaveCount(5, { timeout: 15_000 })
  await expect(editor.library().getByRole('alert')).toHaveCount(0)

  await editor.addFromLibrary(0)
  await search(editor, '#closed')
  const alert = editor.library().getByRole('alert')
  await expect(alert).toContainText('limiting requests')
  await expect(alert).toContainText('120 seconds')
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible()
  await expect(editor.library().getByText(/No posts found/)).toHaveCount(0)
  await expect(editor.blocks()).toHaveCount(1)
})

test('a post link is read from the link’s own server; a missing one is named as such', async ({
  editor,
}) => {
  await chooseSource(editor, 'Mastodon')
  await search(editor, `${REPLAY}/@schochastics/114620457512351116`)
  await expect(editor.libraryPosts()).toHaveCount(1)

  await search(editor, `${REPLAY}/@schochastics/404404`)
  await expect(editor.library().getByRole('alert')).toContainText('found nothing')
  await expect(editor.library().getByRole('alert')).toContainText('The server said')
})

test('an address in plain http outside this computer is refused before any request', async ({
  editor,
}) => {
  await editor.library().getByRole('combobox', { name: 'Source' }).selectOption('Mastodon')
  await editor.library().getByRole('textbox', { name: 'Server' }).fill('http://mastodon.example')
  await search(editor, '#rstats')
  await expect(editor.library().getByRole('alert')).toContainText('plain http')
  await expect(editor.libraryPosts()).toHaveCount(0)
})

test('Bluesky: an account feed by handle; search asks to sign in', async ({ editor }) => {
  await chooseSource(editor, 'Bluesky')
  await search(editor, 'chriskenny.bsky.social')
  await expect(editor.libraryPosts().first()).toBeVisible()
  expect(await editor.libraryPosts().count()).toBeGreaterThan(10)

  await search(editor, '#redistricting')
  await expect(editor.library().getByRole('alert')).toContainText('signed-in user')
})

test('a Bluesky link pasted on the story lands as a post; a failure leaves the story as it was', async ({
  editor,
}) => {
  // Point Bluesky at the replay server through the library's Server field.
  await chooseSource(editor, 'Bluesky')
  await search(editor, 'chriskenny.bsky.social')
  await expect(editor.libraryPosts().first()).toBeVisible()
  await editor.addFromLibrary(0)
  await expect(editor.blocks()).toHaveCount(1)

  await pasteLink(editor.page, BLUESKY_POST)
  await expect(editor.blocks()).toHaveCount(2)
  const labels = await editor.storyPostLabels()
  expect(labels[1]).toMatch(/^Post by /)

  await pasteLink(editor.page, 'https://bsky.app/profile/nobody.example.org/post/3zzzzzzzzzzzz')
  await expect(editor.story().getByRole('alert')).toContainText('Your story is unchanged.')
  await expect(editor.blocks()).toHaveCount(2)

  await pasteLink(editor.page, 'https://example.org/some/page')
  await expect(editor.story().getByRole('alert')).toContainText('does not recognise this link')
  await expect(editor.blocks()).toHaveCount(2)
})

test('a link dropped from another tab lands where it was dropped', async ({ editor }) => {
  await chooseSource(editor, 'Bluesky')
  await search(editor, 'chriskenny.bsky.social')
  await editor.addFromLibrary(0)
  await editor.addFromLibrary(1)
  await expect(editor.blocks()).toHaveCount(2)
  const firstBlock = await editor.blocks().first().boundingBox()
  if (!firstBlock) throw new Error('the first block has no box')

  await editor.page.evaluate(
    ({ link, x, y }) => {
      const data = new DataTransfer()
      data.setData('text/uri-list', link)
      const target = document.elementFromPoint(x, y) ?? document.body
      const init = { dataTransfer: data, clientX: x, clientY: y, bubbles: true, cancelable: true }
      target.dispatchEvent(new DragEvent('dragover', init))
      target.dispatchEvent(new DragEvent('drop', init))
    },
    // The upper half of the first block: the new post goes before it.
    { link: BLUESKY_POST, x: firstBlock.x + firstBlock.width / 2, y: firstBlock.y + 20 },
  )
  await expect(editor.blocks()).toHaveCount(3)
  const labels = await editor.storyPostLabels()
  expect(labels[0]).toMatch(/soubhik/i)
})

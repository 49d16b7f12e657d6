import type { Page } from '@playwright/test'
import { expect, test, type Editor } from './fixtures/test.ts'

/** The replay server started by playwright.config.ts (see e2e/servers/sourceReplayServer.mjs). */
const REPLAY = 'http://127.0.0.1:4180'
/** Zhian N. Kamvar's post in the recorded #rstats timeline: the one deleted upstream. */
const DELETED_ID = '114869598531117045'
const DELETED_TEXT = 'Fun thing that'
const PICTURE = `${REPLAY}/media/lake.png`

test.beforeEach(async ({ request, editor }) => {
  await request.get(`${REPLAY}/__reset`)
  // No relay: what is archived here comes straight from the replay server, never from outside.
  await editor.page.context().route(
    (url) => url.pathname.startsWith('/relay'),
    (route) => route.fulfill({ status: 404, body: '' }),
  )
})

const searchMastodon = async (editor: Editor, query: string) => {
  await editor.library().getByRole('combobox', { name: 'Source' }).selectOption('Mastodon')
  await editor.library().getByRole('textbox', { name: 'Server' }).fill(REPLAY)
  await editor.library().getByRole('searchbox', { name: 'Search', exact: true }).fill(query)
  await editor.library().getByRole('button', { name: 'Search', exact: true }).click()
}

/** Presses Download in the open Export dialog and returns the file's text. */
const download = async (page: Page) => {
  const dialog = page.getByRole('dialog', { name: 'Export' })
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 45_000 }),
    dialog.getByRole('button', { name: 'Download' }).click(),
  ])
  await expect(
    dialog.getByRole('status').filter({ hasText: file.suggestedFilename() }),
  ).toBeVisible()
  const stream = await file.createReadStream()
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

const openFeedExport = async (page: Page) => {
  await page.getByRole('button', { name: 'Export', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Export' })
  await dialog.getByRole('radio', { name: 'Feed (HTML)', exact: true }).check()
  return dialog
}

test('Check sources finds a post deleted upstream; each deletion policy shapes the export', async ({
  editor,
  request,
}) => {
  await searchMastodon(editor, '#rstats')
  await expect(editor.libraryPosts()).toHaveCount(5)
  await editor.addFromLibrary(1)
  await editor.addFromLibrary(2)
  expect(await editor.storyPostLabels()).toEqual([
    'Post by useR! 2025 Conference',
    'Post by Zhian N. Kamvar',
  ])

  await request.get(`${REPLAY}/__delete?status=${DELETED_ID}`)
  await editor.page.getByRole('button', { name: 'Check sources', exact: true }).click()
  await expect(
    editor.page
      .getByRole('status')
      .filter({ hasText: '1 live, 0 edited, 1 deleted, 0 unavailable' }),
  ).toBeVisible({ timeout: 30_000 })

  // Badges are words: the deleted post says so, the other says it is live.
  const [first, second] = [editor.blocks().nth(0), editor.blocks().nth(1)]
  await expect(second.getByText('Deleted at source', { exact: true })).toBeVisible()
  await expect(first.getByText('Live', { exact: true })).toBeVisible()
  await expect(first.getByText('Deleted at source', { exact: true })).toHaveCount(0)
  // The story keeps its copy, with a dated note.
  await expect(second.getByText(DELETED_TEXT, { exact: false })).toBeVisible()
  await expect(second.getByText(/^Deleted at source on /)).toBeVisible()

  const dialog = await openFeedExport(editor.page)
  const policy = (name: string) => dialog.getByRole('radio', { name, exact: true })
  await expect(policy('Keep with attribution')).toBeChecked()

  const kept = await download(editor.page)
  expect(kept).toContain(DELETED_TEXT)
  expect(kept).toMatch(/Deleted at source on \w+ \d+, \d{4}/)

  await policy('Show a tombstone').check()
  const tombstone = await download(editor.page)
  expect(tombstone).not.toContain(DELETED_TEXT)
  expect(tombstone).toMatch(/A post by Zhian N\. Kamvar \(@[^)]+\) was deleted at its source\./)
  expect(tombstone).toContain('The conference is almost sold out')

  await policy('Leave out').check()
  const omitted = await download(editor.page)
  expect(omitted).not.toContain(DELETED_TEXT)
  expect(omitted).not.toContain('was deleted at its source')
  expect(omitted).toContain('The conference is almost sold out')

  // The choice is the story's: it is still there after a reload.
  await dialog.getByRole('button', { name: 'Close' }).first().click()
  await editor.page.reload()
  await editor.waitUntilReady()
  await openFeedExport(editor.page)
  await expect(policy('Leave out')).toBeChecked()
  await expect(editor.blocks().nth(1).getByText('Deleted at source', { exact: true })).toBeVisible()
  expect(editor.consoleErrors.filter((error) => !/Failed to load resource/.test(error))).toEqual([])
})

test('the images of a story are archived: with their server gone, they still show and export', async ({
  editor,
}) => {
  await searchMastodon(editor, '#pictures')
  await expect(editor.libraryPosts()).toHaveCount(1)
  await editor.addFromLibrary(0)
  await expect(editor.blocks()).toHaveCount(1)

  // Archiving runs in the background once the post is in the story.
  await expect
    .poll(
      () =>
        editor.page.evaluate(
          (url) =>
            new Promise<boolean>((resolve) => {
              const open = indexedDB.open('storyloom-media')
              open.onerror = () => resolve(false)
              open.onsuccess = () => {
                const db = open.result
                if (!db.objectStoreNames.contains('media')) return resolve(false)
                const get = db.transaction('media').objectStore('media').getKey(url)
                get.onsuccess = () => resolve(get.result !== undefined)
                get.onerror = () => resolve(false)
              }
            }),
          PICTURE,
        ),
      { timeout: 15_000 },
    )
    .toBe(true)

  // The picture's server is gone from now on.
  await editor.page.context().route(`${REPLAY}/**`, (route) => route.abort('internetdisconnected'))
  await editor.page.reload()
  await editor.waitUntilReady()

  const picture = editor.blocks().first().getByRole('img', { name: 'A tiny lake' })
  await expect(picture).toBeVisible()
  await expect
    .poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0)
  expect(await picture.getAttribute('src')).toMatch(/^blob:/)

  await openFeedExport(editor.page)
  const html = await download(editor.page)
  expect(html).toContain('data:image/png;base64,iVBORw0KGgo')
  expect(html).not.toContain(PICTURE)
})

import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { CHROMIUM_ARGS } from '../scripts/find-chromium.mjs'
import { createRandom } from './fixtures/seededRandom.ts'
import { Editor, expect, test as base } from './fixtures/test.ts'

/**
 * Storage full (R4): with the origin's quota squeezed through CDP, a save fails visibly, the
 * stored story stays the previous complete version (never half a write), a copy can be
 * downloaded, and once space is back "Try again" saves everything.
 *
 * Chromium enforces a quota override only for storage on disk, not for the in-memory storage
 * of Playwright's usual (incognito) contexts, so this journey runs in a throwaway profile. And
 * IndexedDB reads the quota when it opens a database, then counts the bytes written against
 * what was left: so the small quota is set before the app opens, and the edit that fills it is
 * bigger than what remains. Values are stored compressed, so that edit is random text.
 */

const QUOTA_BYTES = 64 * 1024

interface SmallDisk {
  editor: Editor
  /** Lifts the override: the browser's own quota applies again. */
  restoreQuota(): Promise<void>
}

const test = base.extend<{ smallDisk: SmallDisk }>({
  // The second argument is Playwright's `use`, renamed so that react-hooks lint leaves it alone.
  smallDisk: async ({ playwright, baseURL }, provide) => {
    const profile = await mkdtemp(join(tmpdir(), 'storyloom-quota-'))
    const context = await playwright.chromium.launchPersistentContext(profile, {
      executablePath: process.env.STORYLOOM_CHROMIUM || '/usr/bin/chromium',
      args: [...CHROMIUM_ARGS],
      baseURL,
      acceptDownloads: true,
    })
    try {
      await context.route(
        (url) => url.hostname !== '127.0.0.1' && url.hostname !== 'localhost',
        (route) => route.abort('blockedbyclient'),
      )
      const page = context.pages()[0] ?? (await context.newPage())
      const cdp = await context.newCDPSession(page)
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin
      await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: QUOTA_BYTES })
      const editor = new Editor(page)
      await editor.open('/')
      await provide({
        editor,
        // No quotaSize: back to the browser's own quota.
        restoreQuota: async () =>
          void (await cdp.send('Storage.overrideQuotaForOrigin', { origin })),
      })
    } finally {
      await context.close()
      await rm(profile, { recursive: true, force: true })
    }
  },
})

interface StoredRecord {
  schemaVersion: number
  story: { id: string; title: string; blocks: unknown[] }
  posts: Record<string, unknown>
}

/** Every story record as IndexedDB holds it, read by a separate connection. */
const readStoredStories = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const request = indexedDB.open('storyloom')
        request.onerror = () => reject(request.error)
        request.onsuccess = () => {
          const db = request.result
          const read = db.transaction('stories').objectStore('stories').getAll()
          read.onsuccess = () => {
            db.close()
            resolve(read.result as unknown[])
          }
          read.onerror = () => reject(read.error)
        }
      }),
  ) as Promise<StoredRecord[]>

const flushSave = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __storyloom: { flushSave(): Promise<void> } }).__storyloom.flushSave(),
  )

test('a full disk: the save fails visibly, nothing is half-written, a copy is offered, retry saves', async ({
  smallDisk: { editor, restoreQuota },
}) => {
  const { page } = editor
  await editor.storyTitle().fill('Written while the disk filled up')
  await editor.addFromLibrary(0)
  await editor.addFromLibrary(1)
  await page.getByRole('button', { name: 'Add text', exact: true }).click()
  await flushSave(page)
  await expect(page.getByText(/^Saved at/)).toBeVisible()
  const before = await readStoredStories(page)
  expect(before).toHaveLength(1)
  expect(before[0]!.story.blocks).toHaveLength(3)

  // More than the quota leaves, even compressed: a very long commentary (a long paste).
  const random = createRandom(8)
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'
  const noise = Array.from({ length: 2 * QUOTA_BYTES }, () => letters[random.int(letters.length)])
  const paste = `Pasted while the disk was full ${noise.join('')}`
  await page.getByRole('textbox', { name: 'Commentary' }).fill(paste)
  await page.getByRole('button', { name: 'Done' }).click()
  await expect(editor.blocks()).toHaveCount(3)
  await expect(editor.story()).toContainText('Pasted while the disk was full')

  const failure = page.getByRole('alert').filter({ hasText: 'Changes not saved' })
  await expect(failure).toBeVisible()
  await expect(failure).toContainText('storage is full')
  // The stored record is the last complete version, untouched by the failed write.
  expect(await readStoredStories(page)).toEqual(before)

  const download = page.waitForEvent('download')
  await failure.getByRole('button', { name: 'Download a copy' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^storyloom-data-.*\.json$/)
  const copy = JSON.parse(await readFile(await file.path(), 'utf8')) as { stories: unknown[] }
  expect(copy.stories).toEqual(before)

  // Still full: trying again fails again, visibly, and still writes nothing.
  await failure.getByRole('button', { name: 'Try again' }).click()
  await expect(failure).toBeVisible()
  expect(await readStoredStories(page)).toEqual(before)

  await restoreQuota()
  await failure.getByRole('button', { name: 'Try again' }).click()
  await expect(page.getByText(/^Saved at/)).toBeVisible()
  await expect(failure).toHaveCount(0)
  const after = await readStoredStories(page)
  expect(after).toHaveLength(1)
  expect(after[0]!.story.title).toBe('Written while the disk filled up')
  expect(JSON.stringify(after[0]!.story.blocks)).toContain(paste)
  expect(after[0]!.story.blocks).toHaveLength(3)

  await page.reload()
  await editor.waitUntilReady()
  await expect(editor.storyTitle()).toHaveValue('Written while the disk filled up')
  await expect(editor.blocks()).toHaveCount(3)
  await expect(editor.story()).toContainText(paste.slice(0, 200))
})

test('a writer that cannot save keeps its edits instead of handing them to another tab', async ({
  smallDisk: { editor, restoreQuota },
}) => {
  const { page } = editor
  await editor.storyTitle().fill('Kept through a refused handover')
  await page.getByRole('button', { name: 'Add text', exact: true }).click()
  const random = createRandom(9)
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'
  const noise = Array.from({ length: 2 * QUOTA_BYTES }, () => letters[random.int(letters.length)])
  const paste = `Unsaved when the other tab asked ${noise.join('')}`
  await page.getByRole('textbox', { name: 'Commentary' }).fill(paste)
  await page.getByRole('button', { name: 'Done' }).click()
  const failure = page.getByRole('alert').filter({ hasText: 'Changes not saved' })
  await expect(failure).toBeVisible()

  // A second tab asks to edit: the writer cannot save the paste, so it refuses and keeps it.
  const second = new Editor(await page.context().newPage())
  await second.open('/')
  const banner = second.page.getByRole('status').filter({ hasText: 'this tab is read-only' })
  await banner.getByRole('button', { name: 'Edit here instead' }).click()
  await expect(banner).toContainText('could not save its latest changes')
  await expect(page.getByRole('status').filter({ hasText: 'this tab is read-only' })).toHaveCount(0)
  await expect(editor.story()).toContainText('Unsaved when the other tab asked')

  // With space back, the writer saves, and the same request now hands everything over.
  await restoreQuota()
  await failure.getByRole('button', { name: 'Try again' }).click()
  await expect(page.getByText(/^Saved at/)).toBeVisible()
  await banner.getByRole('button', { name: 'Edit here instead' }).click()
  await expect(banner).toHaveCount(0)
  await expect(second.storyTitle()).toHaveValue('Kept through a refused handover')
  await expect(second.story()).toContainText('Unsaved when the other tab asked')
})

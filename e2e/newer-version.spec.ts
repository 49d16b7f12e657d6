import { type Editor, expect, test } from './fixtures/test.ts'

/**
 * A newer Storyloom in another tab never meets an old tab that keeps writing (tldraw #10514):
 * the old tab saves what it has, lets go of the database, and asks for a reload.
 */

const updatePrompt = (editor: Editor) =>
  editor.page.getByRole('alert').filter({ hasText: 'Storyloom was updated in another tab' })

test('a newer version upgrading the database: the old tab saves, closes and prompts a reload', async ({
  editor,
  page,
}) => {
  await editor.storyTitle().fill('Typed just before the update')
  const newer = await page.context().newPage()
  await newer.goto('/favicon.svg') // same origin, without starting the app
  // What a newer Storyloom does on start: open the database at a higher version.
  const upgrade = await newer.evaluate(
    () =>
      new Promise<{ blocked: boolean; titles: string[] }>((resolve, reject) => {
        let blocked = false
        const request = indexedDB.open('storyloom', 2)
        request.onblocked = () => (blocked = true)
        request.onerror = () => reject(request.error)
        request.onsuccess = () => {
          const read = request.result.transaction('stories').objectStore('stories').getAll()
          read.onsuccess = () => {
            request.result.close()
            resolve({
              blocked,
              titles: (read.result as { story: { title: string } }[]).map((r) => r.story.title),
            })
          }
        }
      }),
  )
  // The old tab let go at once (no "blocked" upgrade) and wrote its last edit first.
  expect(upgrade).toEqual({ blocked: false, titles: ['Typed just before the update'] })

  const prompt = updatePrompt(editor)
  await expect(prompt).toBeVisible()
  await expect(page.getByText('Read-only', { exact: true })).toBeVisible()
  await expect(editor.storyTitle()).toHaveValue('Typed just before the update')
  // Edits are refused rather than shown as if they could be saved.
  await editor.storyTitle().fill('Typed after the update')
  await expect(editor.storyTitle()).toHaveValue('Typed just before the update')

  await prompt.getByRole('button', { name: 'Reload' }).click()
  await editor.waitUntilReady()
  // This build cannot open the upgraded database: it says why instead of corrupting it.
  await expect(page.getByRole('alert')).toContainText('saved by a newer version of Storyloom')
})

test('a tab running a newer schema speaks up: the old tab stops writing and prompts a reload', async ({
  editor,
  page,
}) => {
  await editor.storyTitle().fill('Written by the old tab')
  const newer = await page.context().newPage()
  await newer.goto('/favicon.svg')
  await newer.evaluate(() => {
    const channel = new BroadcastChannel('storyloom:storyloom')
    channel.postMessage({ type: 'hello', from: 'newer-tab', schemaVersion: 999 })
    channel.close()
  })
  await expect(updatePrompt(editor)).toBeVisible()
  await editor.storyTitle().fill('Written after the newer tab opened')
  await expect(editor.storyTitle()).toHaveValue('Written by the old tab')
  // The lock is free for the newer tab, and the old tab's last edit is stored.
  const state = await newer.evaluate(async () => {
    const free = await navigator.locks.request(
      'storyloom-writer:storyloom',
      { ifAvailable: true },
      (lock) => lock !== null,
    )
    const titles = await new Promise<string[]>((resolve) => {
      const request = indexedDB.open('storyloom')
      request.onsuccess = () => {
        const read = request.result.transaction('stories').objectStore('stories').getAll()
        read.onsuccess = () => {
          request.result.close()
          resolve((read.result as { story: { title: string } }[]).map((r) => r.story.title))
        }
      }
    })
    return { free, titles }
  })
  expect(state).toEqual({ free: true, titles: ['Written by the old tab'] })
})

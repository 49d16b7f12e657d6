import { expect, test } from './fixtures/test.ts'

test('a reload restores the story: title, posts, commentary and order', async ({
  editor,
  page,
}) => {
  await editor.storyTitle().fill('Influence Days — recap')
  await editor.addFromLibrary(3)
  await editor.addFromLibrary(0)
  await page.getByRole('button', { name: 'Add text', exact: true }).click()
  await page.getByRole('textbox', { name: 'Commentary' }).fill('Notes from the keynote')
  await page.getByRole('button', { name: 'Done' }).click()
  await editor.keyboardMove(2, -1)
  const before = await editor.blocks().allInnerTexts()

  // No explicit save: autosave writes within a second, and leaving the page flushes.
  await page.waitForTimeout(1200)
  await page.reload()
  await editor.waitUntilReady()

  await expect(editor.storyTitle()).toHaveValue('Influence Days — recap')
  await expect(editor.blocks()).toHaveCount(3)
  expect(await editor.blocks().allInnerTexts()).toEqual(before)
})

test('edits made just before closing the tab are kept (flushed on pagehide)', async ({
  editor,
  page,
  context,
}) => {
  await editor.storyTitle().fill('Saved on the way out')
  await editor.addFromLibrary(0)
  await page.getByRole('button', { name: 'Add text', exact: true }).click()
  // Typed text is debounced in the editor before it reaches the store: it must be flushed too.
  await page.getByRole('textbox', { name: 'Commentary' }).pressSequentially('Last words')
  // Close at once: the pagehide/visibilitychange flush must write before the page goes.
  const url = page.url()
  await page.close({ runBeforeUnload: true })
  const again = await context.newPage()
  await again.goto(url)
  await again.waitForFunction(() => document.documentElement.dataset.ready === 'true')
  await expect(again.getByRole('textbox', { name: 'Story title' })).toHaveValue(
    'Saved on the way out',
  )
  await expect(
    again
      .getByRole('list', { name: 'Story blocks' })
      .getByRole('listitem')
      .filter({
        has: again.getByRole('button', { name: 'Reorder' }),
      }),
  ).toHaveCount(2)
  await expect(again.getByRole('region', { name: 'Story' })).toContainText('Last words')
})

test('many stories: create, switch, duplicate, delete with undo', async ({ editor, page }) => {
  await editor.storyTitle().fill('First story')
  await editor.addFromLibrary(0)
  await page.getByRole('button', { name: 'Stories' }).click()
  const dialog = page.getByRole('dialog', { name: 'Your stories' })
  await dialog.getByRole('button', { name: 'New story' }).click()
  await expect(editor.blocks()).toHaveCount(0)
  await editor.storyTitle().fill('Second story')

  await page.getByRole('button', { name: 'Stories' }).click()
  await dialog.getByRole('button', { name: 'Duplicate First story' }).click()
  await expect(editor.storyTitle()).toHaveValue('First story (copy)')
  await expect(editor.blocks()).toHaveCount(1)

  await page.getByRole('button', { name: 'Stories' }).click()
  await expect(dialog.getByRole('listitem')).toHaveCount(3)
  await dialog.getByRole('button', { name: 'Delete Second story' }).click()
  await expect(dialog.getByRole('listitem')).toHaveCount(2)
  await dialog.getByRole('button', { name: 'Close' }).click()
  await page.getByRole('button', { name: 'Undo', exact: true }).click()
  await page.getByRole('button', { name: 'Stories' }).click()
  await expect(dialog.getByRole('listitem')).toHaveCount(3)
  await dialog.getByRole('button', { name: 'Open Second story' }).click()
  await expect(editor.storyTitle()).toHaveValue('Second story')

  await page.waitForTimeout(1200)
  await page.reload()
  await editor.waitUntilReady()
  await expect(editor.storyTitle()).toHaveValue('Second story')
  await page.getByRole('button', { name: 'Stories' }).click()
  await expect(dialog.getByRole('listitem')).toHaveCount(3)
})

test('damaged or newer saved data gets a clear message and a way out, never a blank page', async ({
  editor,
  page,
}) => {
  await editor.storyTitle().fill('Healthy story')
  await page.evaluate(() =>
    (window as unknown as { __storyloom: { flushSave(): Promise<void> } }).__storyloom.flushSave(),
  )
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('storyloom')
        request.onsuccess = () => {
          const tx = request.result.transaction('stories', 'readwrite')
          tx.objectStore('stories').put(
            { schemaVersion: 1, story: { id: 'broken', blocks: 'nope' } },
            'broken',
          )
          tx.objectStore('stories').put({ schemaVersion: 42, story: {}, posts: {} }, 'future')
          tx.oncomplete = () => {
            request.result.close()
            resolve()
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
  )
  await page.reload()
  await editor.waitUntilReady()
  const alert = page.getByRole('alert').filter({ hasText: 'could not be opened' })
  await expect(alert).toBeVisible()
  await expect(alert).toContainText('damaged')
  await expect(alert).toContainText('newer version of Storyloom')
  await expect(editor.storyTitle()).toHaveValue('Healthy story')

  const download = page.waitForEvent('download')
  await alert.getByRole('button', { name: 'Download the raw data' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^storyloom-data-.*\.json$/)

  page.once('dialog', (dialog) => void dialog.accept())
  await alert.getByRole('button', { name: 'Remove it and start fresh' }).click()
  await expect(alert).not.toContainText('damaged')
})

test('a reload straight after an edit keeps it', async ({ editor, page }) => {
  await editor.addFromLibrary(2)
  await editor.storyTitle().fill('Reloaded at once')
  await page.reload()
  await editor.waitUntilReady()
  await expect(editor.storyTitle()).toHaveValue('Reloaded at once')
  await expect(editor.blocks()).toHaveCount(1)
})

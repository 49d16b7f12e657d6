import type { Page } from '@playwright/test'
import { createRandom, seedFromEnv } from './fixtures/seededRandom.ts'
import { Editor, expect, test } from './fixtures/test.ts'

/**
 * The same story open in two tabs never loses an edit (Excalidraw #10770, tldraw #10514): one
 * tab writes (Web Lock), the other is read-only, says so, follows the writer's saves, and can
 * take over. TWO_TAB_ROUNDS sets how many interleaved edits the second journey makes.
 */

const readOnlyBanner = (page: Page) =>
  page.getByRole('status').filter({ hasText: 'this tab is read-only' })

const openSecondTab = async (page: Page) => {
  const second = await page.context().newPage()
  const editor = new Editor(second)
  await editor.open('/')
  return editor
}

/** The notes of the stored story, in story order, as IndexedDB holds them. */
const storedNotes = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const request = indexedDB.open('storyloom')
        request.onerror = () => reject(request.error)
        request.onsuccess = () => {
          const read = request.result.transaction('stories').objectStore('stories').getAll()
          read.onsuccess = () => {
            request.result.close()
            const records = read.result as { story: { blocks: unknown[] } }[]
            resolve(
              records.flatMap(({ story }) =>
                story.blocks.flatMap(
                  (block) => /Round \d+ note/.exec(JSON.stringify(block))?.[0] ?? [],
                ),
              ),
            )
          }
        }
      }),
  )

/** Adds a text block with `text` and waits until the story shows it. */
const addCommentary = async (editor: Editor, text: string) => {
  const { page } = editor
  await page.getByRole('button', { name: 'Add text', exact: true }).click()
  await page.getByRole('textbox', { name: 'Commentary' }).pressSequentially(text)
  await page.getByRole('button', { name: 'Done' }).click()
  await expect(editor.story()).toContainText(text)
}

test('the second tab is read-only, follows the writer, and can take over without losing edits', async ({
  editor,
  page,
}) => {
  await editor.storyTitle().fill('Shared story')
  await editor.addFromLibrary(0)

  const second = await openSecondTab(page)
  await expect(readOnlyBanner(second.page)).toBeVisible()
  await expect(readOnlyBanner(page)).toHaveCount(0)
  await expect(second.page.getByText('Read-only', { exact: true })).toBeVisible()
  // The writer's edits (made before and after the second tab opened) reach the reader.
  await expect(second.storyTitle()).toHaveValue('Shared story')
  await expect(second.blocks()).toHaveCount(1)
  await editor.addFromLibrary(1)
  await expect(second.blocks()).toHaveCount(2)

  // The reader refuses edits and says why, instead of showing changes it cannot save.
  await second.addFromLibrary(2)
  await expect(readOnlyBanner(second.page)).toContainText('Your change was not made here')
  await expect(second.blocks()).toHaveCount(2)
  await second.storyTitle().fill('Typed in the reader')
  await expect(second.storyTitle()).toHaveValue('Shared story')

  // An edit still waiting for its save in the writer is kept through the handover.
  await editor.storyTitle().fill('Renamed just before the handover')
  await readOnlyBanner(second.page).getByRole('button', { name: 'Edit here instead' }).click()
  await expect(readOnlyBanner(second.page)).toHaveCount(0)
  await expect(readOnlyBanner(page)).toBeVisible()
  await expect(second.storyTitle()).toHaveValue('Renamed just before the handover')

  await addCommentary(second, 'Written in the second tab')
  await expect(editor.story()).toContainText('Written in the second tab')

  // Closing the writer hands the lock to the remaining tab by itself.
  await second.page.close()
  await expect(readOnlyBanner(page)).toHaveCount(0)
  await editor.addFromLibrary(3)
  await expect(editor.blocks()).toHaveCount(4)
  await page.reload()
  await editor.waitUntilReady()
  await expect(editor.storyTitle()).toHaveValue('Renamed just before the handover')
  await expect(editor.blocks()).toHaveCount(4)
  await expect(editor.story()).toContainText('Written in the second tab')
})

test('interleaved edits in two tabs, taking turns at random: nothing is lost', async ({
  editor,
  page,
}) => {
  const rounds = Number(process.env.TWO_TAB_ROUNDS ?? 6)
  if (!Number.isInteger(rounds) || rounds < 1)
    throw new Error(
      `TWO_TAB_ROUNDS must be a positive integer, got "${process.env.TWO_TAB_ROUNDS}".`,
    )
  test.setTimeout(60_000 + rounds * 6_000)
  const seed = seedFromEnv('TWO_TAB_SEED')
  console.log(`two tabs: ${rounds} rounds, seed ${seed} (TWO_TAB_SEED=${seed} to replay)`)
  const random = createRandom(seed)
  const tabs = [editor, await openSecondTab(page)]
  const written: string[] = []
  let takeovers = 0
  for (let round = 0; round < rounds; round += 1) {
    const tab = tabs[random.int(2)]!
    const banner = readOnlyBanner(tab.page)
    if ((await banner.count()) > 0) {
      await banner.getByRole('button', { name: 'Edit here instead' }).click()
      await expect(banner).toHaveCount(0)
      takeovers += 1
    }
    const text = `Round ${round + 1} note`
    await addCommentary(tab, text)
    written.push(text)
  }
  // Every edit is stored, in order, whichever tab made it.
  await expect.poll(() => storedNotes(page)).toEqual(written)
  // Both tabs show the whole story: the reader follows the writer's saves. The list is
  // virtualised, so the count comes from aria-setsize, and the text from the rendered blocks.
  for (const tab of tabs) {
    await expect
      .poll(() => tab.blocks().first().getAttribute('aria-setsize'))
      .toBe(String(written.length))
    const shown = await tab.blocks().evaluateAll((items) =>
      items.map((item) => ({
        position: Number(item.getAttribute('aria-posinset')),
        note: /Round \d+ note/.exec((item as HTMLElement).innerText)?.[0],
      })),
    )
    for (const { position, note } of shown) expect(note).toBe(written[position - 1])
  }
  console.log(
    `two tabs: ${written.length} interleaved edits (${takeovers} takeovers) checked in both tabs, 0 lost`,
  )
})

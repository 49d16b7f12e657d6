import { expect, test } from './fixtures/test.ts'

test('undo and redo by button and shortcut; a drag is one step', async ({ editor, page }) => {
  const undo = page.getByRole('button', { name: 'Undo', exact: true })
  const redo = page.getByRole('button', { name: 'Redo', exact: true })
  await expect(undo).toBeDisabled()

  await editor.addFromLibrary(0)
  await editor.addFromLibrary(1)
  await expect(editor.blocks()).toHaveCount(2)
  const labels = () => editor.storyPostLabels()
  const added = await labels()

  await editor.keyboardMove(0, 1)
  expect(await labels()).toEqual([added[1], added[0]])

  await undo.click()
  expect(await labels()).toEqual(added)
  await redo.click()
  expect(await labels()).toEqual([added[1], added[0]])

  // Shortcuts act on the story when focus is not in a text field.
  await page.getByRole('region', { name: 'Story' }).getByRole('heading', { name: 'Story' }).click()
  await page.keyboard.press('Control+z')
  expect(await labels()).toEqual(added)
  await page.keyboard.press('Control+z')
  await expect(editor.blocks()).toHaveCount(1)
  await page.keyboard.press('Control+Shift+z')
  await expect(editor.blocks()).toHaveCount(2)

  // Removing is undoable from the toast too.
  await editor.blocks().nth(0).getByRole('button', { name: 'Remove' }).click()
  await expect(editor.blocks()).toHaveCount(1)
  await page.getByRole('button', { name: 'Restore' }).click()
  await expect(editor.blocks()).toHaveCount(2)
})

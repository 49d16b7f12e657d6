import { expect, test } from './fixtures/test.ts'

test('opens the editor with its library, story and title, without console errors', async ({
  editor,
}) => {
  await expect(editor.library()).toBeVisible()
  await expect(editor.story()).toBeVisible()
  await expect(editor.storyTitle()).toBeVisible()
  expect(editor.consoleErrors).toEqual([])
})

import { expect, test } from './fixtures/test.ts'

test('switch the interface to French, and it is remembered', async ({ editor, page }) => {
  const language = page.getByRole('combobox', { name: 'Language' })
  await expect(language.getByRole('option')).toHaveText(['English', 'Français'])
  await language.selectOption({ label: 'Français' })
  await expect(page.getByRole('region', { name: 'Bibliothèque' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Récit' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Ajouter du texte' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')

  await page.reload()
  await editor.waitUntilReady()
  await expect(page.getByRole('combobox', { name: 'Langue' })).toHaveValue('fr')
  await page.getByRole('combobox', { name: 'Langue' }).selectOption({ label: 'English' })
  await expect(editor.library()).toBeVisible()
})

test('French is chosen from the browser when the user has not chosen', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'fr-FR' })
  const page = await context.newPage()
  await page.goto('/')
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true')
  await expect(page.getByRole('region', { name: 'Bibliothèque' })).toBeVisible()
  await context.close()
})

test('Preview shows the story as a reader sees it', async ({ editor, page }) => {
  await editor.storyTitle().fill('A day in Paris')
  await editor.addFromLibrary(0)
  await page.getByRole('button', { name: 'Add section', exact: true }).click()
  await page.getByRole('textbox', { name: 'Section heading' }).fill('Afternoon')
  await page.getByRole('button', { name: 'Add text', exact: true }).click()
  await page
    .getByRole('textbox', { name: 'Commentary' })
    .fill('The panel on disclosure was packed.')
  await page.getByRole('button', { name: 'Done' }).click()

  const preview = page.getByRole('button', { name: 'Preview' })
  await preview.click()
  await expect(preview).toHaveAttribute('aria-pressed', 'true')
  const story = editor.story()
  await expect(story.getByRole('heading', { name: 'A day in Paris', level: 1 })).toBeVisible()
  await expect(story.getByRole('heading', { name: 'Afternoon', level: 2 })).toBeVisible()
  await expect(story).toContainText('The panel on disclosure was packed.')
  await expect(story.getByRole('button', { name: 'Reorder' })).toHaveCount(0)
  await preview.click()
  await expect(editor.blocks()).toHaveCount(3)
})

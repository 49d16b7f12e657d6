import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures/test.ts'

const seriousViolations = async (page: Page) => {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.nodes
          .map((node) => node.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    )
}

test('the editor has no serious or critical accessibility violations (axe)', async ({
  editor,
  page,
}) => {
  expect(await seriousViolations(page)).toEqual([])

  await editor.addFromLibrary(0)
  await editor.addFromLibrary(1)
  await page.getByRole('button', { name: 'Add section', exact: true }).click()
  await page.getByRole('button', { name: 'Add text', exact: true }).click()
  await page.getByRole('textbox', { name: 'Commentary' }).fill('Commentary under test')
  expect(await seriousViolations(page)).toEqual([])

  await page.getByRole('button', { name: 'Preview' }).click()
  expect(await seriousViolations(page)).toEqual([])

  await page.getByRole('button', { name: 'Stories' }).click()
  expect(await seriousViolations(page)).toEqual([])
})

test.describe('in dark mode', () => {
  test.use({ colorScheme: 'dark' })
  test('no serious or critical violations (axe), contrast included', async ({ editor, page }) => {
    await editor.addFromLibrary(0)
    expect(await seriousViolations(page)).toEqual([])
  })
})

test('the story tools and the export dialog have no serious or critical violations (axe)', async ({
  editor,
  page,
}) => {
  // A sponsored sample post, so badges and the Sponsored label are on screen too.
  const filter = editor.library().getByRole('searchbox', { name: 'Filter library' })
  await filter.fill('#partenariat')
  await editor.addFromLibrary(0)
  await filter.fill('')
  await editor.addFromLibrary(1)
  await expect(editor.story().getByText('Sponsored').first()).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])

  await page.getByRole('button', { name: 'Check sources' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'cannot be checked' })).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])

  for (const [button, dialog] of [
    ['Insights', 'Insights'],
    ['Notify authors', 'Notify authors'],
    ['Export', 'Export'],
  ] as const) {
    await page.getByRole('button', { name: button, exact: true }).click()
    await expect(page.getByRole('dialog', { name: dialog })).toBeVisible()
    expect(await seriousViolations(page)).toEqual([])
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog', { name: dialog })).toHaveCount(0)
  }
})

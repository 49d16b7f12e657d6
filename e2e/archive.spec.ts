import { fileURLToPath } from 'node:url'
import { expect, test, type Editor } from './fixtures/test.ts'

const TWEETS_JS = fileURLToPath(
  new URL(
    '../src/test/fixtures/twitter-archive/andreruffert-tweets.js.excerpt.js',
    import.meta.url,
  ),
)

/** Chooses a file through the "Import archive" button, the way a person does. */
const importArchive = async (
  editor: Editor,
  file: string | Parameters<Editor['page']['setInputFiles']>[1],
) => {
  const chooser = editor.page.waitForEvent('filechooser')
  await editor.library().getByRole('button', { name: 'Import archive', exact: true }).click()
  await (await chooser).setFiles(file)
}

test('an X tweets.js is imported, found through "Filter library" and added to the story', async ({
  editor,
}) => {
  await importArchive(editor, TWEETS_JS)

  const status = editor.library().getByRole('status').filter({ hasText: 'imported from' })
  await expect(status).toHaveText(/^\d+ posts imported from your X archive\.$/, {
    timeout: 30_000,
  })
  await expect(editor.library().getByRole('alert')).toHaveCount(0)
  await expect(editor.library().getByRole('combobox', { name: 'Source' })).toHaveValue('archives')

  const count = editor.library().getByText(/^\d+ posts$/)
  const imported = await count.textContent()

  // Case and accents do not matter: "marz" finds "März".
  const filter = editor.library().getByRole('searchbox', { name: 'Filter library' })
  await filter.fill('HOTLINE marz')
  await expect(editor.libraryPosts()).toHaveCount(1)
  await expect(editor.libraryPosts().first()).toContainText('Über die Hotline')

  await editor.addFromLibrary(0)
  await expect(editor.blocks()).toHaveCount(1)
  await expect(editor.blocks().first()).toContainText('Über die Hotline')

  // Importing the same file again adds nothing twice.
  await filter.fill('')
  await importArchive(editor, TWEETS_JS)
  await expect(status).toHaveText(/posts imported from your X archive/)
  await expect(count).toHaveText(imported ?? '')
  await expect(editor.blocks()).toHaveCount(1)
  // A tweets.js alone carries no media files: its posts point at X's servers, which the fixture
  // blocks. Anything else logged is a real error.
  expect(editor.consoleErrors.filter((error) => !error.includes('ERR_BLOCKED_BY_CLIENT'))).toEqual(
    [],
  )
})

test('a 0-byte file is refused with an alert and the story is unchanged', async ({ editor }) => {
  await editor.addFromLibrary(0)
  await expect(editor.blocks()).toHaveCount(1)
  const labels = await editor.storyPostLabels()

  await importArchive(editor, {
    name: 'tweets.js',
    mimeType: 'text/javascript',
    buffer: Buffer.alloc(0),
  })

  const alert = editor.library().getByRole('alert')
  await expect(alert).toContainText('This file is empty (0 bytes).')
  await expect(alert).toContainText('Nothing already imported or in your stories was lost.')
  await expect(editor.library().getByRole('progressbar', { name: 'Import progress' })).toHaveCount(
    0,
  )
  await expect(editor.blocks()).toHaveCount(1)
  expect(await editor.storyPostLabels()).toEqual(labels)
})

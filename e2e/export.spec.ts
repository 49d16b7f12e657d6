import type { Page } from '@playwright/test'
import { unzipSync } from 'fflate'
import { PDFDocument } from 'pdf-lib'
import { exportAs, openOffline } from './fixtures/exportFiles.ts'
import { expect, test, type Editor } from './fixtures/test.ts'

const TITLE = 'Influence Days, the recap'
const COMMENTARY = 'Our take: trust is earned one post at a time.'
const NOTE = 'Remind the room about the workshop at 2 pm.'
const POSTS = 3

/** Three sample posts (with photos), a section heading, commentary and a speaker note. */
const buildStory = async (editor: Editor) => {
  await editor.storyTitle().fill(TITLE)
  for (let nth = 0; nth < POSTS; nth += 1) await editor.addFromLibrary(nth)
  await editor.story().getByRole('button', { name: 'Add section' }).click()
  await editor.page.keyboard.type('Morning')
  await editor.story().getByRole('button', { name: 'Add text' }).click()
  const commentary = editor.story().getByRole('textbox', { name: 'Commentary' })
  await expect(commentary).toBeFocused()
  await editor.page.keyboard.type(COMMENTARY)
  await expect(commentary).toContainText(COMMENTARY)
  await editor.story().getByRole('button', { name: 'Add text' }).click()
  await expect(editor.story().getByRole('textbox', { name: 'Commentary' })).toBeFocused()
  await editor.page.keyboard.type(NOTE)
  await editor.story().getByRole('button', { name: 'Done' }).click()
  await editor.blocks().last().getByRole('button', { name: 'Speaker notes' }).click()
  await expect(editor.blocks()).toHaveCount(POSTS + 3)
}

/**
 * Every image in `scope`, each decoded with real pixels. Images load lazily (a slide's as it is
 * shown), so this waits for them to finish before judging them.
 */
const expectEveryImageDrawn = async (page: Page, scope = 'body', least = POSTS + 1) => {
  const images = page.locator(scope).locator('img')
  const read = () =>
    images.evaluateAll((nodes) =>
      (nodes as HTMLImageElement[]).map((image) => ({
        src: image.src.slice(0, 30),
        width: image.naturalWidth,
        complete: image.complete,
      })),
    )
  await expect
    .poll(async () => (await read()).every((image) => image.complete), {
      message: 'every image finished loading',
    })
    .toBe(true)
  const loaded = await read()
  expect(loaded.length).toBeGreaterThanOrEqual(least)
  for (const image of loaded) {
    expect(image.src).toMatch(/^data:image\//)
    expect(image.width, `an image that could not be drawn: ${image.src}`).toBeGreaterThan(0)
  }
}

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (bytes: Uint8Array) => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  expect([...bytes.subarray(1, 4)].map((code) => String.fromCharCode(code)).join('')).toBe('PNG')
  return { width: view.getUint32(16), height: view.getUint32(20) }
}

test('the feed page works offline with JavaScript off: every post, image and comment', async ({
  editor,
  browser,
}) => {
  await buildStory(editor)
  const { name, bytes } = await exportAs(editor.page, 'Feed (HTML)')
  expect(name).toBe('influence-days-the-recap.html')

  const { context, page, requests } = await openOffline(browser, bytes.toString('utf8'), false)
  try {
    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible()
    await expect(page.locator('article.story-post')).toHaveCount(POSTS)
    await expect(page.getByRole('heading', { name: 'Morning' })).toBeVisible()
    await expect(page.getByText(COMMENTARY)).toBeVisible()
    // Speaker notes are for the presenter, not the readers of the feed.
    await expect(page.getByText(NOTE)).toHaveCount(0)
    await expect(page.locator('article.story-post time[datetime]')).toHaveCount(POSTS)
    await expectEveryImageDrawn(page)
    expect(requests).toEqual([])
  } finally {
    await context.close()
  }
})

test('the slideshow deck works offline: keys move through every slide, notes stay aside', async ({
  editor,
  browser,
}) => {
  await buildStory(editor)
  const { name, bytes } = await exportAs(editor.page, 'Slideshow (HTML)')
  expect(name).toMatch(/\.html$/)

  const { context, page, requests } = await openOffline(browser, bytes.toString('utf8'), true)
  try {
    const slides = page.locator('section.slide')
    const total = await slides.count()
    // A cover, three posts, the section opening its own slide, the commentary.
    expect(total).toBe(1 + POSTS + 2)
    const current = page.locator('.deck__slot--current section.slide')
    await expect(current).toHaveAttribute('aria-label', `Slide 1 of ${total}`)
    // Each post slide shows its avatar and photo once it is the current one.
    for (let position = 2; position <= 1 + POSTS; position += 1) {
      await page.keyboard.press('ArrowRight')
      await expect(current).toHaveAttribute('aria-label', `Slide ${position} of ${total}`)
      await expectEveryImageDrawn(page, '.deck__slot--current section.slide', 1)
    }
    await page.keyboard.press('End')
    await expect(current).toHaveAttribute('aria-label', `Slide ${total} of ${total}`)
    await expect(current).toContainText(COMMENTARY)
    await page.keyboard.press('Home')
    await expect(current).toHaveAttribute('aria-label', `Slide 1 of ${total}`)
    await expect(page.locator('section.slide', { hasText: NOTE })).toHaveCount(0)
    await expect(page.locator('.deck__notes', { hasText: NOTE })).toHaveCount(1)
    expect(requests).toEqual([])
  } finally {
    await context.close()
  }
})

test('PNG slides have the exact pixel size asked for, portrait and landscape at 2×', async ({
  editor,
}) => {
  test.setTimeout(120_000)
  await buildStory(editor)
  const portrait = await exportAs(editor.page, 'Images (PNG)')
  expect(portrait.name).toMatch(/\.zip$/)
  const portraitFiles = Object.entries(unzipSync(new Uint8Array(portrait.bytes)))
  expect(portraitFiles).toHaveLength(1 + POSTS + 2)
  for (const [file, png] of portraitFiles) {
    expect(file).toMatch(/\.png$/)
    expect(pngSize(png)).toEqual({ width: 1080, height: 1350 })
  }

  await portrait.dialog.getByRole('radio', { name: 'Landscape, 1920 × 1080' }).check()
  await portrait.dialog.getByRole('radio', { name: 'Sharp (2×, larger files)' }).check()
  await portrait.dialog.getByRole('button', { name: 'Close' }).click()
  const landscape = await exportAs(editor.page, 'Images (PNG)')
  const landscapeFiles = Object.values(unzipSync(new Uint8Array(landscape.bytes)))
  expect(landscapeFiles).toHaveLength(1 + POSTS + 2)
  for (const png of landscapeFiles) expect(pngSize(png)).toEqual({ width: 3840, height: 2160 })
})

test('PDF handout: one page per slide', async ({ editor }) => {
  await buildStory(editor)
  const { name, bytes } = await exportAs(editor.page, 'PDF')
  expect(name).toMatch(/\.pdf$/)
  const pdf = await PDFDocument.load(new Uint8Array(bytes))
  expect(pdf.getPageCount()).toBe(1 + POSTS + 2)
  for (const page of pdf.getPages())
    expect(page.getWidth() / page.getHeight()).toBeCloseTo(1080 / 1350, 2)
  expect(pdf.getTitle()).toBe(TITLE)
})

test('JSON export imports back as the same story; Markdown keeps the words and links', async ({
  editor,
}) => {
  await buildStory(editor)
  const labels = await editor.storyPostLabels()
  const json = await exportAs(editor.page, 'JSON')
  expect(json.name).toMatch(/\.json$/)
  await json.dialog.getByRole('button', { name: 'Close' }).click()

  const markdown = await exportAs(editor.page, 'Markdown')
  const text = markdown.bytes.toString('utf8')
  expect(text).toContain(`# ${TITLE}`)
  expect(text).toContain('## Morning')
  expect(text).toContain(COMMENTARY)
  expect(text).toMatch(/^> /m)
  expect(text).toContain('](https://')

  // The file comes back as a new story, opened in place of the current one.
  await markdown.dialog.getByRole('button', { name: 'Close' }).click()
  await editor.page.getByRole('button', { name: 'Export', exact: true }).click()
  const dialog = editor.page.getByRole('dialog', { name: 'Export' })
  const [chooser] = await Promise.all([
    editor.page.waitForEvent('filechooser'),
    dialog.getByRole('button', { name: 'Import story' }).click(),
  ])
  await chooser.setFiles({ name: json.name, mimeType: 'application/json', buffer: json.bytes })
  await expect(dialog).toBeHidden()
  await expect(editor.storyTitle()).toHaveValue(TITLE)
  await expect(editor.blocks()).toHaveCount(POSTS + 3)
  expect(await editor.storyPostLabels()).toEqual(labels)
  await expect(editor.story().getByText(COMMENTARY)).toBeVisible()

  // A file that is not an export is refused with a reason; the open story stays.
  await editor.page.getByRole('button', { name: 'Export', exact: true }).click()
  const [badChooser] = await Promise.all([
    editor.page.waitForEvent('filechooser'),
    dialog.getByRole('button', { name: 'Import story' }).click(),
  ])
  await badChooser.setFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"hello": "world"}'),
  })
  await expect(dialog.getByRole('alert')).toBeVisible()
  await expect(editor.storyTitle()).toHaveValue(TITLE)
})

test('embed code: Download keeps the snippet, which is shown to copy too', async ({ editor }) => {
  await buildStory(editor)
  const { name, bytes, dialog } = await exportAs(editor.page, 'Embed code')
  expect(name).toBe('influence-days-the-recap-embed.html')
  const snippet = bytes.toString('utf8')
  expect(snippet).not.toMatch(/<script/i)
  expect(snippet).toContain(COMMENTARY)
  await expect(dialog.getByRole('textbox').first()).toHaveValue(/^<iframe /)
})

test('Present shows the story as slides inside the editor, moved with the keys', async ({
  editor,
}) => {
  await buildStory(editor)
  await editor.page.getByRole('button', { name: 'Present' }).click()
  const presentation = editor.page.getByRole('dialog', { name: 'Presentation' })
  await expect(presentation).toBeVisible()
  await expect(presentation).toContainText(`Slide 1 of ${1 + POSTS + 2}`)
  await editor.page.keyboard.press('ArrowRight')
  await expect(presentation).toContainText(`Slide 2 of ${1 + POSTS + 2}`)
  await editor.page.keyboard.press('Escape')
  await expect(presentation).toBeHidden()
})

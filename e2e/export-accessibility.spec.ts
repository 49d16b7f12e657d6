import { readFile } from 'node:fs/promises'
import AxeBuilder from '@axe-core/playwright'
import type { Browser, Page, TestInfo } from '@playwright/test'
import { openOffline } from './fixtures/exportFiles.ts'
import { expect, test, type Editor } from './fixtures/test.ts'

/**
 * Every exported page a reader opens — the feed page, the embed snippets in a host page and the
 * iframe's own document, the slideshow deck in each of its views — passes axe (WCAG 2.0/2.1 A
 * and AA) without a serious or critical violation, in English and in French.
 */

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/** What each exported page is checked for, readable on failure: rule, impact, where, why. */
const seriousViolations = async (page: Page, testInfo: TestInfo, what: string) => {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  // Moderate and minor findings do not gate, but the report lists them.
  const lesser = results.violations.filter(
    (violation) => violation.impact !== 'serious' && violation.impact !== 'critical',
  )
  if (lesser.length > 0)
    testInfo.annotations.push({
      type: `axe, ${what}`,
      description: lesser.map((violation) => `${violation.id} (${violation.impact})`).join(', '),
    })
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${violation.id} (${violation.impact}) at ${node.target.join(' ')}: ${violation.help}`,
      ),
    )
}

/**
 * Scans `page` and keeps a screenshot of what was scanned beside the test's results. Soft, so
 * one run lists the violations of every page, not only the first one's.
 */
const expectAccessible = async (page: Page, what: string, testInfo: TestInfo) => {
  const path = testInfo.outputPath(`${what.replace(/[^\w-]+/g, '-')}.png`)
  await page.screenshot({ path })
  await testInfo.attach(what, { path, contentType: 'image/png' })
  expect
    .soft(
      await seriousViolations(page, testInfo, what),
      `serious or critical axe violations in ${what}`,
    )
    .toEqual([])
}

/** The UI words a journey needs, in the editor's language (exports follow it). */
const WORDS = {
  en: {
    export: 'Export',
    download: 'Download',
    feed: 'Feed (HTML)',
    embed: 'Embed code',
    slides: 'Slideshow (HTML)',
    iframe: 'Iframe code',
  },
  fr: {
    export: 'Exporter',
    download: 'Télécharger',
    feed: 'Fil (HTML)',
    embed: 'Code à intégrer',
    slides: 'Diaporama (HTML)',
    iframe: 'Code iframe',
  },
} as const
type Words = (typeof WORDS)[keyof typeof WORDS]

/**
 * Library posts found by words of their text, so that the story holds every kind of content
 * the sample day has (polls are not drawn by any renderer, so none is needed).
 */
const POSTS_BY_CONTENT = {
  video: 'title card',
  photo: 'engagement rate by follower tier',
  linkCardAndRepost: 'methodology note',
  quote: 'solidairement',
  deletedQuote: '10k real followers',
  contentWarningAndSensitiveMedia: 'texte masqué',
  sponsored: '#partenariat',
}
const SLIDES = 1 + Object.keys(POSTS_BY_CONTENT).length + 2

/** Posts of every kind, a section heading, commentary with a bulleted list, a speaker note. */
const buildVariedStory = async (editor: Editor) => {
  await editor.storyTitle().fill('Influence Days, accessible everywhere')
  // The block list is virtualised: its count line, not its rendered items, says how many.
  const blockCount = (count: number) => editor.story().getByText(new RegExp(`^${count} blocks?$`))
  const filter = editor.library().getByRole('searchbox', { name: 'Filter library' })
  for (const [added, words] of Object.values(POSTS_BY_CONTENT).entries()) {
    await filter.fill(words)
    // The list filters a moment later (a deferred value): wait for the post asked for.
    await expect(editor.libraryPosts().first()).toContainText(words, { ignoreCase: true })
    await editor.addFromLibrary(0)
    await expect(blockCount(added + 1)).toBeVisible()
  }
  await filter.fill('')
  const story = editor.story()
  await story.getByRole('button', { name: 'Add section' }).click()
  await editor.page.keyboard.type('Afternoon')
  await story.getByRole('button', { name: 'Add text' }).click()
  await expect(story.getByRole('textbox', { name: 'Commentary' })).toBeFocused()
  await editor.page.keyboard.type('Three things we learned:')
  await editor.page.keyboard.press('Enter')
  await editor.page.keyboard.type('- disclose clearly')
  await editor.page.keyboard.press('Enter')
  await editor.page.keyboard.type('measure honestly')
  await story.getByRole('button', { name: 'Add text' }).click()
  await expect(story.getByRole('textbox', { name: 'Commentary' })).toBeFocused()
  await editor.page.keyboard.type('Thank the volunteers before closing.')
  await story.getByRole('button', { name: 'Done' }).click()
  await editor.blocks().last().getByRole('button', { name: 'Speaker notes' }).click()
  await expect(blockCount(Object.keys(POSTS_BY_CONTENT).length + 3)).toBeVisible()
}

/** Picks `format` in the Export dialog, downloads it, and returns the file and the dialog. */
const download = async (page: Page, words: Words, format: string) => {
  await page.getByRole('button', { name: words.export, exact: true }).click()
  const dialog = page.getByRole('dialog', { name: words.export })
  await dialog.getByRole('radio', { name: format, exact: true }).check()
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 45_000 }),
    dialog.getByRole('button', { name: words.download }).click(),
  ])
  await expect(
    dialog.getByRole('status').filter({ hasText: file.suggestedFilename() }),
  ).toBeVisible()
  return { html: await readFile(await file.path(), 'utf8'), dialog }
}

const closeDialog = async (page: Page, words: Words) => {
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog', { name: words.export })).toHaveCount(0)
}

/** A minimal accessible page for a snippet to live in, as a blog would have. */
const hostPage = (snippet: string, lang: string) =>
  `<!doctype html><html lang="${lang}"><head><title>Host</title></head>` +
  `<body><main>${snippet}</main></body></html>`

/*
 * Pages are opened with JavaScript on because axe runs as a script; the feed page and the
 * snippets hold none (their CSP allows none), so that changes nothing for them.
 */
const checkFeed = async (browser: Browser, html: string, what: string, testInfo: TestInfo) => {
  const { context, page } = await openOffline(browser, html, true)
  try {
    await expect(page.locator('article.story-post')).not.toHaveCount(0)
    await expectAccessible(page, what, testInfo)
    // Light pages turn dark for readers in dark mode: their colours must hold up too.
    await page.emulateMedia({ colorScheme: 'dark' })
    await expectAccessible(page, `${what}, dark mode`, testInfo)
  } finally {
    await context.close()
  }
}

const checkEmbed = async (
  browser: Browser,
  snippets: { iframe: string; html: string },
  lang: string,
  testInfo: TestInfo,
) => {
  // The iframe snippet in its host, axe looking inside the frame too. axe runs as a script,
  // which the frame's sandbox rightly forbids (axe then hangs), so this copy lifts the sandbox
  // attribute and nothing else; the frame's document is also scanned as a page of its own.
  expect(snippets.iframe).toMatch(/^<iframe [^>]*sandbox="[^"]*"/)
  const unsandboxed = snippets.iframe.replace(/ sandbox="[^"]*"/, '')
  const framed = await openOffline(browser, hostPage(unsandboxed, lang), true)
  try {
    const frame = framed.page.frameLocator('iframe')
    await expect(frame.locator('article.story-post').first()).toBeAttached()
    await expect(framed.page.locator('iframe')).toHaveAccessibleName(/\S/)
    await expectAccessible(framed.page, `embed iframe in a host page (${lang})`, testInfo)
    const srcdoc = await framed.page.locator('iframe').getAttribute('srcdoc')
    expect(srcdoc).toMatch(/^<!doctype html>/i)
    await checkFeed(browser, srcdoc ?? '', `embed iframe document (${lang})`, testInfo)
  } finally {
    await framed.context.close()
  }
  expect(snippets.html).not.toMatch(/<script/i)
  const inline = await openOffline(browser, hostPage(snippets.html, lang), true)
  try {
    await expect(inline.page.locator('article.story-post')).not.toHaveCount(0)
    await expectAccessible(inline.page, `embed HTML snippet in a host page (${lang})`, testInfo)
  } finally {
    await inline.context.close()
  }
}

const checkDeck = async (browser: Browser, html: string, lang: string, testInfo: TestInfo) => {
  const { context, page } = await openOffline(browser, html, true)
  try {
    const current = page.locator('.deck__slot--current section.slide')
    const position = (n: number) => new RegExp(`\\b${n}\\b.*\\b${SLIDES}\\b`)
    await expect(current).toHaveAttribute('aria-label', position(1))
    await expectAccessible(page, `slideshow, first slide (${lang})`, testInfo)
    const middle = Math.ceil(SLIDES / 2)
    for (let n = 2; n <= middle; n += 1) await page.keyboard.press('ArrowRight')
    await expect(current).toHaveAttribute('aria-label', position(middle))
    await expectAccessible(page, `slideshow, slide ${middle} (${lang})`, testInfo)
    await page.keyboard.press('End')
    await expect(current).toHaveAttribute('aria-label', position(SLIDES))
    await expectAccessible(page, `slideshow, last slide (${lang})`, testInfo)
    // The presenter view, on the last slide: the one with the speaker note.
    await page.keyboard.press('p')
    await expect(page.locator('.deck__presenter')).toBeVisible()
    await expect(page.locator('.deck__presenter-notes-body')).not.toBeEmpty()
    await expectAccessible(page, `slideshow, presenter view (${lang})`, testInfo)
  } finally {
    await context.close()
  }
  // Without its script (as with JavaScript off) every slide is drawn, stacked: the whole deck.
  const withoutScript = html.replace(/<script>[\s\S]*?<\/script>/, '')
  expect(withoutScript).not.toMatch(/<script/i)
  const still = await openOffline(browser, withoutScript, true)
  try {
    await expect(still.page.locator('section.slide')).toHaveCount(SLIDES)
    await expectAccessible(still.page, `slideshow without JavaScript (${lang})`, testInfo)
  } finally {
    await still.context.close()
  }
}

test.describe('exported pages have no serious or critical accessibility violations (axe)', () => {
  // Three exports and a dozen scans on a 2-core machine.
  test.setTimeout(180_000)

  test('feed page, embed snippets and slideshow deck (English)', async ({
    editor,
    browser,
  }, testInfo) => {
    const { page } = editor
    const words = WORDS.en
    await buildVariedStory(editor)

    const feed = await download(page, words, words.feed)
    await closeDialog(page, words)
    expect(feed.html).toMatch(/<html lang="en"/)
    await checkFeed(browser, feed.html, 'feed page (en)', testInfo)

    const embed = await download(page, words, words.embed)
    const iframe = await embed.dialog.getByRole('textbox', { name: words.iframe }).inputValue()
    await closeDialog(page, words)
    await checkEmbed(browser, { iframe, html: embed.html }, 'en', testInfo)

    const deck = await download(page, words, words.slides)
    await closeDialog(page, words)
    await checkDeck(browser, deck.html, 'en', testInfo)
  })

  test('feed page and slideshow deck in French, the editor’s language', async ({
    editor,
    browser,
  }, testInfo) => {
    const { page } = editor
    await buildVariedStory(editor)
    await page.getByRole('combobox', { name: 'Language' }).selectOption('fr')
    const words = WORDS.fr

    const feed = await download(page, words, words.feed)
    await closeDialog(page, words)
    expect(feed.html).toMatch(/<html lang="fr"/)
    await checkFeed(browser, feed.html, 'feed page (fr)', testInfo)

    const deck = await download(page, words, words.slides)
    await closeDialog(page, words)
    expect(deck.html).toMatch(/<html lang="fr"/)
    await checkDeck(browser, deck.html, 'fr', testInfo)
  })
})

import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Locator, Page } from '@playwright/test'
import { zipSync, type Zippable } from 'fflate'
import { exportAs, openOffline } from './fixtures/exportFiles.ts'
import { expect, test, type Editor } from './fixtures/test.ts'

const fixture = (relative: string) =>
  fileURLToPath(new URL(`../src/test/fixtures/${relative}`, import.meta.url))
const fixtureBytes = (relative: string) => new Uint8Array(readFileSync(fixture(relative)))

const TWEETS_JS = fixture('twitter-archive/andreruffert-tweets.js.excerpt.js')
/** Tweets in the excerpt: 31 (see importTwitter.test.ts). */
const X_POSTS = 31
/** The tweet whose photo is kept in the archive zip we build, under the name X gives it. */
const PHOTO_TWEET_MEDIA = 'data/tweets_media/1588091220244369409-FgoIitdWAAAL87b.jpg'
/** profile.js points at this avatar. */
const AVATAR_PATH = 'data/profile_media/ens-GMMR.jpg'
const PHOTO_SIZE = { width: 64, height: 48 }
const AVATAR_SIZE = { width: 40, height: 40 }

/**
 * 18 outbox items: 14 public or unlisted notes and 2 boosts kept; a direct message and a
 * followers-only note left out (see importMastodon.test.ts).
 */
const MASTODON_POSTS = 16
const CAT_PATH = 'media_attachments/files/109/333/835/161/429/021/original/3381f6f615f26246.jpeg'
const CAT_ALT = 'Picture of a white cat laying on a white couch'

const INSTAGRAM_POSTS = 413

const NOTHING_LOST = 'Nothing already imported or in your stories was lost.'

type FilePayload = { name: string; mimeType: string; buffer: Buffer }

const payload = (name: string, bytes: Uint8Array, mimeType = 'application/zip'): FilePayload => ({
  name,
  mimeType,
  buffer: Buffer.from(bytes),
})

/** A real JPEG of `size`, drawn by the browser, so that decoding it proves the bytes arrived. */
const jpeg = async (page: Page, size: { width: number; height: number }, colour: string) => {
  const bytes = await page.evaluate(
    async ({ width, height, colour }) => {
      const canvas = new OffscreenCanvas(width, height)
      const context = canvas.getContext('2d')!
      context.fillStyle = colour
      context.fillRect(0, 0, width, height)
      context.fillStyle = '#fff'
      context.fillRect(0, 0, width / 2, height / 2)
      const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 })
      return [...new Uint8Array(await blob.arrayBuffer())]
    },
    { ...size, colour },
  )
  return new Uint8Array(bytes)
}

/** An X archive zip as X sends it: data/ with tweets.js, account, profile, manifest and media. */
const xArchiveZip = async (page: Page) => {
  const entries: Zippable = {
    'data/manifest.js': fixtureBytes('twitter-archive/andreruffert-manifest.js'),
    'data/account.js': fixtureBytes('twitter-archive/andreruffert-account.js'),
    'data/profile.js': fixtureBytes('twitter-archive/andreruffert-profile.js'),
    'data/tweets.js': fixtureBytes('twitter-archive/andreruffert-tweets.js.excerpt.js'),
    [AVATAR_PATH]: await jpeg(page, AVATAR_SIZE, '#2a6'),
    [PHOTO_TWEET_MEDIA]: await jpeg(page, PHOTO_SIZE, '#c33'),
  }
  return zipSync(entries)
}

const mastodonArchiveZip = async (page: Page) =>
  zipSync({
    'outbox.json': fixtureBytes('mastodon-archive/dealingwith-outbox.json.excerpt.json'),
    'actor.json': fixtureBytes('mastodon-archive/dealingwith-actor.json'),
    'avatar.jpg': await jpeg(page, AVATAR_SIZE, '#63c'),
    [CAT_PATH]: await jpeg(page, PHOTO_SIZE, '#eee'),
  })

/** `count` tweets in the shape of an X archive, to import something that takes a while. */
const syntheticTweetsZip = (count: number) => {
  const tweets = Array.from({ length: count }, (_, index) => ({
    tweet: {
      id_str: String(1_000_000_000_000 + index),
      created_at: 'Thu Nov 03 08:50:26 +0000 2022',
      full_text: `Synthetic tweet number ${index}: a sentence long enough to be a real post, about curating stories from archives, with #hashtags and words.`,
      lang: 'en',
      favorite_count: String(index % 97),
      retweet_count: String(index % 13),
      entities: { hashtags: [], symbols: [], user_mentions: [], urls: [] },
    },
  }))
  return zipSync({
    'data/account.js': fixtureBytes('twitter-archive/andreruffert-account.js'),
    'data/tweets.js': new TextEncoder().encode(
      `window.YTD.tweets.part0 = ${JSON.stringify(tweets, null, 1)}`,
    ),
  })
}

/** Chooses a file through the "Import archive" button, the way a person does. */
const importArchive = async (editor: Editor, file: string | FilePayload) => {
  const chooser = editor.page.waitForEvent('filechooser')
  await editor.library().getByRole('button', { name: 'Import archive', exact: true }).click()
  await (await chooser).setFiles(file)
}

const importedStatus = (editor: Editor) =>
  editor.library().getByRole('status').filter({ hasText: 'imported from' })

/** "N posts" above the library's list. */
const libraryCount = (editor: Editor) => editor.library().getByText(/^[\d,]+ posts?$/)

const filterLibrary = (editor: Editor, text: string) =>
  editor.library().getByRole('searchbox', { name: 'Filter library' }).fill(text)

/** Every <img> in `scope`, once each has loaded: its address and decoded size. */
const decodedImages = async (scope: Locator) => {
  const read = () =>
    scope.locator('img').evaluateAll((nodes) =>
      (nodes as HTMLImageElement[]).map((image) => ({
        src: image.currentSrc || image.src,
        width: image.naturalWidth,
        height: image.naturalHeight,
        complete: image.complete,
      })),
    )
  await expect
    .poll(async () => (await read()).every((image) => image.complete && image.width > 0), {
      message: 'every image decodes',
    })
    .toBe(true)
  return read()
}

/** The images of an archived post, avatar and photo, drawn from blobs this browser keeps. */
const expectArchivedImages = async (scope: Locator, scheme: RegExp) => {
  const images = await decodedImages(scope)
  expect(
    images.map(({ width, height }) => ({ width, height })).sort((a, b) => a.width - b.width),
  ).toEqual([AVATAR_SIZE, PHOTO_SIZE])
  for (const image of images) expect(image.src).toMatch(scheme)
}

test('an X tweets.js is imported, found through "Filter library" and added to the story', async ({
  editor,
}) => {
  await importArchive(editor, TWEETS_JS)

  const status = importedStatus(editor)
  await expect(status).toHaveText(`${X_POSTS} posts imported from your X archive.`, {
    timeout: 30_000,
  })
  await expect(editor.library().getByRole('alert')).toHaveCount(0)
  await expect(editor.library().getByRole('combobox', { name: 'Source' })).toHaveValue('archives')
  await expect(libraryCount(editor)).toHaveText(`${X_POSTS} posts`)

  // Case and accents do not matter: "marz" finds "März".
  await filterLibrary(editor, 'HOTLINE marz')
  await expect(editor.libraryPosts()).toHaveCount(1)
  await expect(editor.libraryPosts().first()).toContainText('Über die Hotline')

  await editor.addFromLibrary(0)
  await expect(editor.blocks()).toHaveCount(1)
  await expect(editor.blocks().first()).toContainText('Über die Hotline')

  // Importing the same file again adds nothing twice.
  await filterLibrary(editor, '')
  await importArchive(editor, TWEETS_JS)
  await expect(status).toHaveText(/posts imported from your X archive/)
  await expect(libraryCount(editor)).toHaveText(`${X_POSTS} posts`)
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

  await importArchive(editor, payload('tweets.js', new Uint8Array(0), 'text/javascript'))

  const alert = editor.library().getByRole('alert')
  await expect(alert).toContainText('This file is empty (0 bytes).')
  await expect(alert).toContainText(NOTHING_LOST)
  await expect(editor.library().getByRole('progressbar', { name: 'Import progress' })).toHaveCount(
    0,
  )
  await expect(editor.blocks()).toHaveCount(1)
  expect(await editor.storyPostLabels()).toEqual(labels)
})

test('an X archive zip: its photo and avatar show from the archive, survive a reload and are inlined in the export', async ({
  editor,
  browser,
}) => {
  const zip = await xArchiveZip(editor.page)
  await importArchive(editor, payload('twitter-2022-11-14-archive.zip', zip))

  await expect(importedStatus(editor)).toHaveText(
    `${X_POSTS} posts imported from your X archive.`,
    { timeout: 30_000 },
  )
  await expect(editor.library().getByRole('alert')).toHaveCount(0)
  await expect(editor.library().getByRole('combobox', { name: 'Source' })).toHaveValue('archives')
  await expect(libraryCount(editor)).toHaveText(`${X_POSTS} posts`)

  // Case, accents and the hash sign do not matter.
  await filterLibrary(editor, 'GOOD MORNING leaddevberlin')
  await expect(editor.libraryPosts()).toHaveCount(1)
  const card = editor.libraryPosts().first()
  await expect(card).toContainText('Good morning #LeadDevBerlin')
  await expect(card).toContainText('André Ruffert')
  await expectArchivedImages(card, /^blob:/)

  await editor.addFromLibrary(0)
  await expect(editor.blocks()).toHaveCount(1)
  await expectArchivedImages(editor.blocks().first(), /^blob:/)

  // The story keeps the archive-media: addresses; the blobs come back from IndexedDB.
  await editor.page.waitForTimeout(1200)
  await editor.page.reload()
  await editor.waitUntilReady()
  await expect(editor.blocks()).toHaveCount(1)
  await expect(editor.blocks().first()).toContainText('Good morning #LeadDevBerlin')
  await expectArchivedImages(editor.blocks().first(), /^blob:/)

  const html = (await exportAs(editor.page, 'Feed (HTML)')).bytes.toString('utf8')
  expect(html).not.toContain('archive-media:')
  const { context, page, requests } = await openOffline(browser, html, false)
  try {
    const post = page.locator('article.story-post')
    await expect(post).toHaveCount(1)
    await expectArchivedImages(post, /^data:image\/jpeg;base64,/)
    expect(requests).toEqual([])
  } finally {
    await context.close()
  }
  // Tweets whose media the zip does not carry point at X's servers, which journeys block.
  expect(editor.consoleErrors.filter((error) => !error.includes('ERR_BLOCKED_BY_CLIENT'))).toEqual(
    [],
  )
})

test('importing the same X archive zip twice stores each post once', async ({ editor }) => {
  const file = payload('twitter-archive.zip', await xArchiveZip(editor.page))
  await importArchive(editor, file)
  await expect(importedStatus(editor)).toHaveText(
    `${X_POSTS} posts imported from your X archive.`,
    { timeout: 30_000 },
  )
  await expect(libraryCount(editor)).toHaveText(`${X_POSTS} posts`)

  // The status empties while the second import runs, then says it again.
  await importArchive(editor, file)
  await expect(editor.library().getByRole('button', { name: 'Cancel' })).toHaveCount(0, {
    timeout: 30_000,
  })
  await expect(importedStatus(editor)).toHaveText(`${X_POSTS} posts imported from your X archive.`)
  await expect(libraryCount(editor)).toHaveText(`${X_POSTS} posts`)
  await filterLibrary(editor, 'good morning leaddevberlin')
  await expect(editor.libraryPosts()).toHaveCount(1)
})

test('a Mastodon archive zip: content warning, boost and archived photo; the direct message stays out', async ({
  editor,
}) => {
  await importArchive(
    editor,
    payload('archive-20230801.zip', await mastodonArchiveZip(editor.page)),
  )
  await expect(importedStatus(editor)).toHaveText(
    `${MASTODON_POSTS} posts imported from your Mastodon archive.`,
    { timeout: 30_000 },
  )
  await expect(libraryCount(editor)).toHaveText(`${MASTODON_POSTS} posts`)

  // The warning is shown, the text behind it is not until asked for.
  await filterLibrary(editor, 'complaining')
  await expect(editor.libraryPosts()).toHaveCount(1)
  const warned = editor.libraryPosts().first()
  await expect(warned).toContainText('Complaining')
  await expect(warned.getByText(/Cannot focus/)).toBeHidden()
  // A <details> summary: Chromium exposes it without a button role.
  await warned.getByText('Show content', { exact: true }).click()
  await expect(warned.getByText(/Cannot focus/)).toBeVisible()

  // s0mmer wrote a post the owner boosted.
  await filterLibrary(editor, 's0mmer')
  const boosted = editor
    .libraryPosts()
    .filter({ has: editor.page.getByRole('link', { name: /^Boosted by \u2068?dealingwith/ }) })
  await expect(boosted).toHaveCount(1)
  await expect(boosted).toContainText('@s0mmer@mastodon.social')
  const leaveOutReposts = editor.library().getByRole('checkbox', { name: 'Leave out reposts' })
  await leaveOutReposts.check()
  await expect(boosted).toHaveCount(0)
  await leaveOutReposts.uncheck()
  await expect(boosted).toHaveCount(1)

  // The direct message to @obsolete29 about a SharePoint developer is not imported.
  await filterLibrary(editor, 'sharepoint')
  await expect(editor.libraryPosts()).toHaveCount(0)

  await filterLibrary(editor, 'caterday')
  await expect(editor.libraryPosts()).toHaveCount(1)
  const cat = editor.libraryPosts().first().getByRole('img', { name: CAT_ALT })
  await expect
    .poll(() => cat.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth))
    .toBe(PHOTO_SIZE.width)
  expect(await cat.getAttribute('src')).toMatch(/^blob:/)
})

test('an Instagram posts_1.json: repaired accents are found by typing them without accents', async ({
  editor,
}) => {
  await importArchive(editor, fixture('meta-export/yourocd-instagram-posts_1.json'))
  await expect(importedStatus(editor)).toHaveText(
    `${INSTAGRAM_POSTS} posts imported from your Instagram archive.`,
    { timeout: 30_000 },
  )
  // The file says `Sebasti\u00c3\u00a3o`: UTF-8 bytes read as Latin-1.
  await filterLibrary(editor, 'sebastiao toca')
  await expect(editor.libraryPosts()).toHaveCount(1)
  await expect(editor.libraryPosts().first()).toContainText('Sebastião toca muito #jingafest')
  // No post keeps the mis-read form anywhere in the library.
  await filterLibrary(editor, '')
  await expect(libraryCount(editor)).toHaveText(`${INSTAGRAM_POSTS} posts`)
  await expect(editor.library().getByText(/Ã|Â/)).toHaveCount(0)
})

test('bad inputs each get a specific alert; stored posts and the story are unchanged', async ({
  editor,
}) => {
  const zip = await xArchiveZip(editor.page)
  await importArchive(editor, payload('twitter-archive.zip', zip))
  await expect(importedStatus(editor)).toHaveText(
    `${X_POSTS} posts imported from your X archive.`,
    { timeout: 30_000 },
  )
  await editor.addFromLibrary(0)
  await expect(editor.blocks()).toHaveCount(1)
  const labels = await editor.storyPostLabels()

  const badInputs: [FilePayload, string][] = [
    [
      payload('twitter-archive (1).zip', zip.subarray(0, Math.floor(zip.length / 2))),
      'This archive is cut short: its download was probably interrupted.',
    ],
    [
      payload(
        'tweets.js',
        new TextEncoder().encode(
          '<!DOCTYPE html>\n<html lang="en"><head><title>X</title></head><body><p>Something went wrong.</p></body></html>\n',
        ),
        'text/javascript',
      ),
      'This is a web page, not an archive.',
    ],
    [
      payload(
        'holiday.zip',
        zipSync({
          'notes.txt': new TextEncoder().encode('Pack the tent.'),
          'photos/beach.jpg': await jpeg(editor.page, PHOTO_SIZE, '#39f'),
        }),
      ),
      'This is not an archive Storyloom can read.',
    ],
  ]
  const alert = editor.library().getByRole('alert')
  for (const [file, message] of badInputs) {
    await importArchive(editor, file)
    await expect(alert, file.name).toContainText(message, { timeout: 30_000 })
    await expect(alert).toContainText(NOTHING_LOST)
    await expect(
      editor.library().getByRole('progressbar', { name: 'Import progress' }),
    ).toHaveCount(0)
    await alert.getByRole('button', { name: 'Dismiss' }).click()
    await expect(alert).toHaveCount(0)
  }

  await expect(libraryCount(editor)).toHaveText(`${X_POSTS} posts`)
  await expect(editor.blocks()).toHaveCount(1)
  expect(await editor.storyPostLabels()).toEqual(labels)
})

test('a file dropped on the library is imported', async ({ editor }) => {
  const text = readFileSync(TWEETS_JS, 'utf8')
  await editor.library().evaluate((library, text) => {
    const transfer = new DataTransfer()
    transfer.items.add(new File([text], 'tweets.js', { type: 'text/javascript' }))
    const init = { bubbles: true, cancelable: true, dataTransfer: transfer }
    library.dispatchEvent(new DragEvent('dragenter', init))
    library.dispatchEvent(new DragEvent('dragover', init))
    library.dispatchEvent(new DragEvent('drop', init))
  }, text)
  await expect(importedStatus(editor)).toHaveText(
    `${X_POSTS} posts imported from your X archive.`,
    { timeout: 30_000 },
  )
  await expect(editor.library().getByRole('combobox', { name: 'Source' })).toHaveValue('archives')
  await expect(libraryCount(editor)).toHaveText(`${X_POSTS} posts`)
})

test('Cancel stops a long import, says so, and keeps the posts already stored', async ({
  editor,
}) => {
  const total = 20_000
  await importArchive(editor, payload('twitter-synthetic.zip', syntheticTweetsZip(total)))
  const progress = editor.library().getByRole('progressbar', { name: 'Import progress' })
  // Four batches of 500 found: the first ones have been stored by the time Cancel is pressed.
  await expect(progress).toHaveAttribute('aria-valuetext', /\b([2-9]|\d{2}),\d{3} posts found/, {
    timeout: 30_000,
  })
  await editor.library().getByRole('button', { name: 'Cancel', exact: true }).click()

  const status = editor.library().getByRole('status').filter({ hasText: 'Import cancelled' })
  await expect(status).toHaveText(
    /^Import cancelled\. The [\d,]+ posts saved before you cancelled are kept\.$/,
  )
  await expect(progress).toHaveCount(0)
  const said = (await status.textContent()) ?? ''
  const kept = Number(/The ([\d,]+) posts/.exec(said)?.[1]?.replace(/,/g, ''))
  expect(kept).toBeGreaterThan(0)
  expect(kept).toBeLessThan(total)

  await editor.library().getByRole('combobox', { name: 'Source' }).selectOption('Archives')
  // Stopped means stopped: nothing more arrives afterwards.
  for (const wait of [0, 1500]) {
    await editor.page.waitForTimeout(wait)
    // The count may or may not group thousands: compare the digits.
    await expect
      .poll(async () => (await libraryCount(editor).textContent())?.replace(/\D/g, ''))
      .toBe(String(kept))
  }
})

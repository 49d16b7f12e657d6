import { zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { EXPECTED_ARCHIVES } from './detectArchive'
import { fileOf, fixtureBytes, importFile } from './testArchiveImport'
import { runArchiveImport } from './runArchiveImport'
import type { ImportEvent } from './types'

const TWEETS = fixtureBytes('twitter-archive/andreruffert-tweets.js.excerpt.js')
const twitterZip = () =>
  zipSync({
    'data/manifest.js': fixtureBytes('twitter-archive/andreruffert-manifest.js'),
    'data/account.js': fixtureBytes('twitter-archive/andreruffert-account.js'),
    'data/README.txt': fixtureBytes('twitter-archive/andreruffert-README.txt'),
    'data/tweets.js': TWEETS,
  })

describe('bad input', () => {
  it('a 0-byte file is empty', async () => {
    const { failed, done } = await importFile(fileOf('twitter-archive.zip', new Uint8Array(0)))
    expect(done).toBeUndefined()
    expect(failed).toEqual({
      type: 'failed',
      reason: 'empty',
      detail: `twitter-archive.zip is empty (0 bytes): the download or copy did not finish. Expected ${EXPECTED_ARCHIVES}.`,
    })
  })

  it('a zip cut short (an interrupted download) is truncated', async () => {
    const whole = twitterZip()
    const { failed, posts } = await importFile(
      fileOf('twitter.zip', whole.subarray(0, Math.floor(whole.length / 2))),
    )
    expect(posts).toEqual([])
    expect(failed?.reason).toBe('truncated')
    expect(failed?.detail).toBe(
      `The zip is incomplete: its table of contents, stored at the end of every zip, is missing (the file is ${(Math.floor(whole.length / 2) / 1_000_000).toFixed(1)} MB). The download was probably interrupted; download the archive again.`,
    )
  })

  it('a zip missing only its last bytes is truncated too', async () => {
    const whole = twitterZip()
    const { failed } = await importFile(fileOf('twitter.zip', whole.subarray(0, whole.length - 10)))
    expect(failed?.reason).toBe('truncated')
  })

  it('a zip of unrelated files is the wrong archive, and says what it holds', async () => {
    const zip = zipSync({
      'holiday/IMG_0001.jpg': new Uint8Array([0xff, 0xd8]),
      'holiday/notes.txt': new TextEncoder().encode('sun'),
    })
    const { failed } = await importFile(fileOf('holiday.zip', zip))
    expect(failed).toEqual({
      type: 'failed',
      reason: 'wrong-archive',
      detail: `holiday.zip is a zip of 2 files (holiday/IMG_0001.jpg, holiday/notes.txt), none of which is tweets.js, outbox.json, posts_1.json, your_posts_1.json or Shares.csv. Expected ${EXPECTED_ARCHIVES}.`,
    })
  })

  it('a web page saved instead of the data file is an HTML page', async () => {
    const page =
      '\n<!DOCTYPE html>\n<html lang="en"><head><title>X</title></head><body>[{"tweet":{}}]</body></html>'
    const { failed } = await importFile(fileOf('tweets.js', page))
    expect(failed?.reason).toBe('html-page')
    expect(failed?.detail).toBe(
      `tweets.js is a web page (HTML), not an archive's data: a page saved from the site does not contain your posts. Expected ${EXPECTED_ARCHIVES}; when a network offers HTML or JSON, choose JSON.`,
    )
    const bare = await importFile(
      fileOf('your_posts_1.html', '<html><body>Your posts</body></html>'),
    )
    expect(bare.failed?.reason).toBe('html-page')
  })

  it('a tweets.js whose JSON is broken is malformed, naming the element', async () => {
    const broken =
      'window.YTD.tweets.part0 = [ {"tweet": {"id_str": "1", "full_text": "ok"}}, {"tweet": {"id_str": 2 "full_text": "x"}} ]'
    const { failed, done } = await importFile(fileOf('tweets.js', broken))
    expect(done).toBeUndefined()
    expect(failed?.reason).toBe('malformed')
    expect(failed?.kind).toBe('twitter')
    expect(failed?.detail).toMatch(
      /^tweets\.js could not be read as JSON: Element 2 is not valid JSON \(.+\)\.$/,
    )
  })

  it('a tweets.js cut short inside its array is malformed', async () => {
    const { failed } = await importFile(fileOf('tweets.js', TWEETS.subarray(0, 5000)))
    expect(failed).toMatchObject({ reason: 'malformed', kind: 'twitter' })
    expect(failed?.detail).toBe(
      'tweets.js could not be read as JSON: The JSON ends before its closing bracket, after 1 complete elements: the file was cut short.',
    )
  })

  it('a malformed outbox.json in a Mastodon zip is malformed', async () => {
    const zip = zipSync({
      'outbox.json': new TextEncoder().encode('{"orderedItems": [{"type": "Create", oops}]}'),
      'actor.json': fixtureBytes('mastodon-archive/dealingwith-actor.json'),
    })
    const { failed } = await importFile(fileOf('mastodon.zip', zip))
    expect(failed).toMatchObject({ reason: 'malformed', kind: 'mastodon' })
    expect(failed?.detail).toMatch(
      /^outbox\.json could not be read as JSON: Element 1 is not valid JSON/,
    )
  })

  it('a text file of something else is the wrong archive, quoting its start', async () => {
    const { failed } = await importFile(fileOf('notes.txt', 'Shopping list: milk, eggs'))
    expect(failed?.reason).toBe('wrong-archive')
    expect(failed?.detail).toBe(
      `notes.txt (25 bytes) starts with “Shopping list: milk, eggs”, which is none of the supported archives. Expected ${EXPECTED_ARCHIVES}.`,
    )
    const binary = await importFile(
      fileOf(
        'photo.png',
        new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      ),
    )
    expect(binary.failed?.detail).toMatch(/^photo\.png \(12 bytes\) is binary data, which is none/)
  })

  it('a .car file that is not a CAR is malformed Bluesky', async () => {
    const { failed } = await importFile(fileOf('repo.car', 'not a car'))
    expect(failed).toMatchObject({ reason: 'malformed', kind: 'bluesky' })
  })
})

describe('the pipeline', () => {
  it('reports progress up to the whole file, with the post count', async () => {
    const zip = twitterZip()
    const result = await importFile(fileOf('twitter.zip', zip), {}, undefined, 10)
    const progress = result.events.flatMap((event) =>
      event.type === 'progress' ? [event.progress] : [],
    )
    expect(progress.length).toBeGreaterThanOrEqual(4)
    expect(progress.every((step) => step.totalBytes === zip.length)).toBe(true)
    const read = progress.map((step) => step.processedBytes)
    expect(read).toEqual([...read].sort((a, b) => a - b))
    expect(progress.at(-1)?.posts).toBe(31)
    // README.txt is never inflated: less than the whole zip is read.
    expect(progress.at(-1)?.processedBytes).toBeLessThan(zip.length)
    expect(result.events.at(-1)).toEqual({ type: 'done', kind: 'twitter', posts: 31, media: 0 })
    expect(result.batches).toBe(4)
  })

  it('stops with cancelled when the signal fires, and sends nothing more', async () => {
    const controller = new AbortController()
    const events: ImportEvent[] = []
    await runArchiveImport(
      fileOf('twitter.zip', twitterZip()),
      {},
      (event) => {
        events.push(event)
        if (event.type === 'batch') controller.abort()
      },
      controller.signal,
      { batchPosts: 5 },
    )
    expect(events.filter((event) => event.type === 'batch')).toHaveLength(1)
    expect(events.at(-1)).toEqual({
      type: 'failed',
      reason: 'cancelled',
      detail: 'The import was cancelled.',
      kind: 'twitter',
    })
    expect(events.some((event) => event.type === 'done')).toBe(false)
  })

  it('stops before reading anything when cancelled before it starts', async () => {
    const controller = new AbortController()
    controller.abort()
    const { failed, posts } = await importFile(fileOf('tweets.js', TWEETS), {}, controller.signal)
    expect(posts).toEqual([])
    expect(failed?.reason).toBe('cancelled')
  })
})

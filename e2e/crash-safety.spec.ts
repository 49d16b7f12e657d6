import type { Page } from '@playwright/test'
import { createRandom, seedFromEnv, type SeededRandom } from './fixtures/seededRandom.ts'
import { Editor, expect, test } from './fixtures/test.ts'

/**
 * Crash safety (tldraw #10513: throttled saves never flushed). A scripted editing session is
 * killed at random points by crashing the tab's renderer through CDP (`Page.crash`: no
 * pagehide, no unload, nothing the app can react to), then a new tab opens the story. It must
 * open without error and hold every edit the UI acknowledged more than 1 s before the kill.
 *
 * Saves are whole snapshots written in order, so the reopened story must equal the state after
 * some edit at or past the last one acknowledged > 1 s before the kill: never an older state,
 * never a mix. CRASH_POINTS sets the number of kills (100 via `node scripts/crash-loop.mjs`),
 * CRASH_SEED replays a run.
 */

const ACKNOWLEDGED_MS = 1000
const MAX_BLOCKS = 8

interface StoryView {
  title: string
  /** One token per block: the post card's name, or the note written into a text block. */
  blocks: string[]
}

interface Acknowledged {
  view: StoryView
  /**
   * A state the story may pass through on the way to `view` and be saved in: a text block
   * added but its note not typed yet (saves run while typing, edits are not atomic).
   */
  midway?: StoryView
  /** Test-side clock when the UI showed the edit; -Infinity for what was already saved. */
  at: number
  what: string
}

/** A text block whose note is not (yet) fully written: empty, or typing saved half-way. */
const PARTIAL_TEXT = 'text: (being written)'

/**
 * What the editor shows of the open story. The block list is virtualised: the journey keeps
 * stories short and the window tall so that every block is rendered, and checks it
 * (aria-posinset/aria-setsize) rather than trusting it.
 */
const readView = async (editor: Editor): Promise<StoryView> => {
  const rendered = await editor.blocks().evaluateAll(
    (items, partial) =>
      items.map((item) => {
        const position = Number(item.getAttribute('aria-posinset'))
        const size = Number(item.getAttribute('aria-setsize'))
        const article = item.querySelector('article')
        if (article) return { position, size, token: `post: ${article.getAttribute('aria-label')}` }
        const note = /Note r\d+e\d+ typed/.exec((item as HTMLElement).innerText)
        return { position, size, token: note ? `text: ${note[0]}` : partial }
      }),
    PARTIAL_TEXT,
  )
  rendered.sort((a, b) => a.position - b.position)
  const size = rendered[0]?.size ?? 0
  if (rendered.some((block, index) => block.position !== index + 1 || block.size !== size))
    throw new Error(
      `Not every block is rendered (positions ${rendered.map((b) => b.position).join(',')} of ${size}): the view cannot be compared.`,
    )
  return { title: await editor.storyTitle().inputValue(), blocks: rendered.map((b) => b.token) }
}

const openEditor = async (page: Page): Promise<Editor> => {
  const editor = new Editor(page)
  await editor.open('/')
  // A crashed tab's lock is released by the browser; until then the new tab waits as a reader.
  await expect(page.getByRole('status').filter({ hasText: 'read-only' })).toHaveCount(0)
  return editor
}

/** Errors a reopened story must not show (blocked remote avatars are expected and harmless). */
const realErrors = (editor: Editor) =>
  editor.consoleErrors.filter(
    (error) => !/Failed to load resource|ERR_BLOCKED_BY_CLIENT/.test(error),
  )

type Edit = (editor: Editor, label: string) => Promise<string>

/** `view` with the note written by `what` (if any) shown as still being written. */
const midwayOf = (view: StoryView, what: string): StoryView | undefined => {
  const note = /^add text "(Note r\d+e\d+)"$/.exec(what)?.[1]
  if (!note) return undefined
  const token = `text: ${note} typed`
  return { ...view, blocks: view.blocks.map((block) => (block === token ? PARTIAL_TEXT : block)) }
}

const rename: Edit = async (editor, label) => {
  const title = `Story ${label}`
  await editor.storyTitle().fill(title)
  await expect(editor.storyTitle()).toHaveValue(title)
  return `rename to "${title}"`
}

const addPost =
  (random: SeededRandom): Edit =>
  async (editor) => {
    const before = await editor.blocks().count()
    const nth = random.int(Math.min(8, await editor.libraryPosts().count()))
    await editor.addFromLibrary(nth)
    await expect(editor.blocks()).toHaveCount(before + 1)
    return `add library post ${nth}`
  }

const addText: Edit = async (editor, label) => {
  const { page } = editor
  const note = `Note ${label}`
  await page.getByRole('button', { name: 'Add text', exact: true }).click()
  await page.getByRole('textbox', { name: 'Commentary' }).pressSequentially(`${note} typed`)
  await page.getByRole('button', { name: 'Done' }).click()
  await expect(editor.story()).toContainText(`${note} typed`)
  await expect(page.getByRole('textbox', { name: 'Commentary' })).toHaveCount(0)
  return `add text "${note}"`
}

const moveUp =
  (random: SeededRandom): Edit =>
  async (editor) => {
    const before = await readView(editor)
    const index = 1 + random.int(before.blocks.length - 1)
    await editor.blocks().nth(index).getByRole('button', { name: 'Move up', exact: true }).click()
    const expected = [...before.blocks]
    ;[expected[index - 1], expected[index]] = [expected[index]!, expected[index - 1]!]
    await expect.poll(async () => (await readView(editor)).blocks).toEqual(expected)
    return `move block ${index} up`
  }

const remove =
  (random: SeededRandom): Edit =>
  async (editor) => {
    const before = await editor.blocks().count()
    const index = random.int(before)
    await editor.blocks().nth(index).getByRole('button', { name: 'Remove', exact: true }).click()
    await expect(editor.blocks()).toHaveCount(before - 1)
    return `remove block ${index}`
  }

const pickEdit = (random: SeededRandom, blockCount: number): Edit => {
  const choices: Edit[] = [rename, addText]
  if (blockCount < MAX_BLOCKS) choices.push(addPost(random), addText)
  if (blockCount >= 2) choices.push(moveUp(random))
  if (blockCount >= 1) choices.push(remove(random))
  if (blockCount >= MAX_BLOCKS) choices.push(remove(random))
  return choices[random.int(choices.length)]!
}

/** Kills the renderer: nothing runs in the page after this, no pagehide, no flush. */
const crashTab = async (page: Page) => {
  const cdp = await page.context().newCDPSession(page)
  const crashed = page.waitForEvent('crash')
  // The command never answers: the process it would answer from is gone.
  void cdp.send('Page.crash').catch(() => undefined)
  await crashed
  await page.close().catch(() => undefined)
}

const describeView = (view: StoryView) => JSON.stringify(view)

// Tall enough that every block of a MAX_BLOCKS story is rendered by the virtualised list.
test.use({ viewport: { width: 1280, height: 2400 } })

test('killing the tab at random points never loses an edit acknowledged over a second before', async ({
  editor: firstEditor,
}) => {
  const points = Number(process.env.CRASH_POINTS ?? 8)
  if (!Number.isInteger(points) || points < 1)
    throw new Error(`CRASH_POINTS must be a positive integer, got "${process.env.CRASH_POINTS}".`)
  test.setTimeout(60_000 + points * 25_000)
  const seed = seedFromEnv('CRASH_SEED')
  console.log(`crash safety: ${points} kills, seed ${seed} (CRASH_SEED=${seed} to replay)`)
  const random = createRandom(seed)

  let editor = firstEditor
  let checkedEdits = 0
  let mustHaveChecks = 0
  let keptBeyond = 0
  let inFlightKills = 0
  for (let point = 1; point <= points; point += 1) {
    const history: Acknowledged[] = [
      { view: await readView(editor), at: -Infinity, what: 'opened' },
    ]
    const editCount = 1 + random.int(4)
    for (let n = 1; n <= editCount; n += 1) {
      const edit = pickEdit(random, history.at(-1)!.view.blocks.length)
      const what = await edit(editor, `r${point}e${n}`)
      const at = Date.now()
      const view = await readView(editor)
      history.push({ at, view, what, midway: midwayOf(view, what) })
    }
    // Kill some time after the last acknowledged edit, sometimes while one more is landing.
    const accepted: { view: StoryView; after: number }[] = history.flatMap((entry, index) => [
      ...(entry.midway ? [{ view: entry.midway, after: index - 1 }] : []),
      { view: entry.view, after: index },
    ])
    await editor.page.waitForTimeout(random.int(1600))
    if (random.next() < 0.3) {
      const title = `Story r${point} in flight`
      void editor
        .storyTitle()
        .fill(title)
        .catch(() => undefined)
      accepted.push({ view: { ...history.at(-1)!.view, title }, after: history.length - 1 })
      inFlightKills += 1
      await editor.page.waitForTimeout(random.int(150))
    }
    const killedAt = Date.now()
    await crashTab(editor.page)

    // The last edit acknowledged over a second before the kill: it and every earlier one must
    // be there, so the story is in that state or a later one (`after` >= mustHave).
    const mustHave = history.reduce(
      (last, entry, index) => (entry.at < killedAt - ACKNOWLEDGED_MS ? index : last),
      0,
    )
    const candidates = accepted.filter(({ after }) => after >= mustHave)
    editor = await openEditor(await firstEditor.page.context().newPage())
    const reopened = await readView(editor)
    const found = candidates.find(({ view }) => describeView(view) === describeView(reopened))
    const log = history
      .map((entry, index) => `  ${index}: ${entry.what} at ${entry.at - killedAt} ms`)
      .join('\n')
    expect(
      found,
      `kill ${point} (seed ${seed}): the reopened story ${describeView(reopened)} is not the state after edit ${mustHave} or later.\nEdits (ms relative to the kill):\n${log}\nAccepted states:\n${candidates
        .map(({ view }) => describeView(view))
        .join('\n')}`,
    ).toBeDefined()
    expect(realErrors(editor), `kill ${point}: errors while reopening`).toEqual([])
    await expect(editor.page.getByRole('alert')).toHaveCount(0)
    checkedEdits += history.length - 1
    mustHaveChecks += mustHave
    if (found && found.after > mustHave) keptBeyond += 1
  }
  console.log(
    `crash safety: ${points} kills (${inFlightKills} during an edit), ${checkedEdits} edits made, ` +
      `${mustHaveChecks} acknowledged > ${ACKNOWLEDGED_MS} ms before a kill and all found, ` +
      `${keptBeyond} reopenings also kept later edits; losses 0`,
  )
})

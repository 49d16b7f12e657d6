import { openDB } from 'idb'
import { afterEach, describe, expect, it } from 'vitest'
import { SCHEMA_VERSION } from '../domain/schema'
import { renameActiveStory } from './actions/storyListActions'
import { editorStore, initialEditorData } from './editorStore'
import { FakeChannelBus, FakeLocks } from './persistence/testTabFakes'
import { selectActiveStory } from './selectors'
import { editHere, flushSave, startSession, stopSession } from './session'
import { setTabAccess, useTabAccessStore } from './tabAccess'

let counter = 0
const freshName = () => `session-tabs-${Date.now()}-${(counter += 1)}`
const titleShown = () => selectActiveStory(editorStore.getState())?.title
const storedTitles = async (name: string) => {
  const db = await openDB(name)
  const records = (await db.getAll('stories')) as { story: { title: string } }[]
  db.close()
  return records.map((record) => record.story.title)
}
const waitFor = async (check: () => boolean | Promise<boolean>, what: string) => {
  for (let tries = 0; tries < 100; tries += 1) {
    if (await check()) return
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  throw new Error(`Timed out waiting until ${what}.`)
}

/** A database holding one story titled `title`, written by a session that then closed. */
const seed = async (name: string, title: string) => {
  await startSession(name, {})
  renameActiveStory(title)
  await stopSession()
  editorStore.setState(initialEditorData(), true)
}

/** Another tab of the same browser, holding the writer lock until `leave()`. */
const otherWriterTab = (locks: FakeLocks, bus: FakeChannelBus, name: string) => {
  let leave = () => undefined as void
  void locks.request(
    `storyloom-writer:${name}`,
    {},
    () => new Promise<void>((resolve) => (leave = resolve)),
  )
  const channel = bus.channel(`storyloom:${name}`)
  return {
    leave: () => leave(),
    channel,
    /** Answers a takeover request the way a writer does. */
    answerHandovers: () =>
      channel.addEventListener('message', ({ data }) => {
        const message = data as { type: string; from: string }
        if (message.type !== 'handover-request') return
        channel.postMessage({
          type: 'handed-over',
          to: message.from,
          from: 'other',
          schemaVersion: SCHEMA_VERSION,
        })
        leave()
      }),
  }
}

afterEach(async () => {
  await stopSession()
  editorStore.setState(initialEditorData(), true)
  setTabAccess({ mode: 'edit' })
  useTabAccessStore.setState({ refusedEdits: 0 })
})

describe('session with another tab open', () => {
  it('opens read-only, refuses edits, and writes nothing while another tab writes', async () => {
    const name = freshName()
    await seed(name, 'Written by the first tab')
    const locks = new FakeLocks()
    const bus = new FakeChannelBus()
    otherWriterTab(locks, bus, name)

    await startSession(name, { locks, createChannel: (channel) => bus.channel(channel) })
    expect(useTabAccessStore.getState().access).toEqual({ mode: 'read-only', reason: 'other-tab' })
    expect(titleShown()).toBe('Written by the first tab')

    expect(renameActiveStory('Changed in the reader')).toBe(false)
    expect(titleShown()).toBe('Written by the first tab')
    expect(useTabAccessStore.getState().refusedEdits).toBe(1)
    await flushSave()
    expect(await storedTitles(name)).toEqual(['Written by the first tab'])
  })

  it("follows the writer's saves, then becomes the writer when that tab closes", async () => {
    const name = freshName()
    await seed(name, 'First version')
    const locks = new FakeLocks()
    const bus = new FakeChannelBus()
    const other = otherWriterTab(locks, bus, name)
    await startSession(name, { locks, createChannel: (channel) => bus.channel(channel) })

    // The other tab saves a new title and says so.
    const db = await openDB(name)
    const [key] = await db.getAllKeys('stories')
    const record = (await db.get('stories', key!)) as { story: { title: string } }
    await db.put(
      'stories',
      { ...record, story: { ...record.story, title: 'Second version' } },
      key!,
    )
    db.close()
    other.channel.postMessage({ type: 'saved', from: 'other', schemaVersion: SCHEMA_VERSION })
    await waitFor(() => titleShown() === 'Second version', 'the reader shows the new save')

    other.leave()
    await waitFor(
      () => useTabAccessStore.getState().access.mode === 'edit',
      'the reader becomes the writer',
    )
    expect(renameActiveStory('Third version, written here')).toBe(true)
    await flushSave()
    expect(await storedTitles(name)).toEqual(['Third version, written here'])
  })

  it('takes over with "Edit here instead" once the writer handed over', async () => {
    const name = freshName()
    await seed(name, 'Before the takeover')
    const locks = new FakeLocks()
    const bus = new FakeChannelBus()
    otherWriterTab(locks, bus, name).answerHandovers()
    await startSession(name, { locks, createChannel: (channel) => bus.channel(channel) })
    expect(useTabAccessStore.getState().access.mode).toBe('read-only')

    await editHere()
    expect(useTabAccessStore.getState().access).toEqual({ mode: 'edit' })
    expect(useTabAccessStore.getState().takingOver).toBe(false)
    renameActiveStory('After the takeover')
    await flushSave()
    expect(await storedTitles(name)).toEqual(['After the takeover'])
  })

  it('stops writing and says so when a newer Storyloom speaks up in another tab', async () => {
    const name = freshName()
    const locks = new FakeLocks()
    const bus = new FakeChannelBus()
    await startSession(name, { locks, createChannel: (channel) => bus.channel(channel) })
    renameActiveStory('Saved before the update')
    bus.channel(`storyloom:${name}`).postMessage({
      type: 'hello',
      from: 'newer-tab',
      schemaVersion: SCHEMA_VERSION + 1,
    })
    await waitFor(
      () => useTabAccessStore.getState().access.mode === 'read-only',
      'the old tab stops',
    )
    expect(useTabAccessStore.getState().access).toEqual({ mode: 'read-only', reason: 'updated' })
    expect(editorStore.getState().session).toMatchObject({ storageError: { kind: 'closed' } })
    // Its pending edit was written first, and the lock is free for the newer tab.
    await waitFor(
      async () => (await storedTitles(name)).includes('Saved before the update'),
      'the pending edit is saved',
    )
    expect(locks.isHeld(`storyloom-writer:${name}`)).toBe(false)
    expect(renameActiveStory('After the update')).toBe(false)
  })
})

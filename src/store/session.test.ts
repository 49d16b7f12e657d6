import { openDB } from 'idb'
import { afterEach, describe, expect, it } from 'vitest'
import { SAMPLE_POSTS } from '../sample/samplePosts'
import { addPostToStory, addTextBlock } from './actions/blockActions'
import { renameActiveStory } from './actions/storyListActions'
import { editorStore, initialEditorData } from './editorStore'
import { selectActiveStory } from './selectors'
import { discardProblem, flushSave, startSession, stopSession } from './session'

let databaseCounter = 0
const freshName = () => `session-test-${Date.now()}-${(databaseCounter += 1)}`

const restart = async (name: string) => {
  await stopSession()
  editorStore.setState(initialEditorData(), true)
  await startSession(name)
}

afterEach(async () => {
  await stopSession()
  editorStore.setState(initialEditorData(), true)
})

describe('session', () => {
  it('starts with one empty story on a fresh database and saves it', async () => {
    const name = freshName()
    await startSession(name)
    const state = editorStore.getState()
    expect(state.session).toMatchObject({ status: 'ready', problems: [], storageError: null })
    expect(Object.keys(state.stories)).toHaveLength(1)
    await flushSave()
    const db = await openDB(name)
    expect(await db.count('stories')).toBe(1)
    db.close()
  })

  it('restores stories, posts and the open story after a restart', async () => {
    const name = freshName()
    await startSession(name)
    renameActiveStory('Influence Days recap')
    addPostToStory(SAMPLE_POSTS[0]!)
    addTextBlock()
    await restart(name)
    const story = selectActiveStory(editorStore.getState())
    expect(story?.title).toBe('Influence Days recap')
    expect(story?.blocks.map((block) => block.type)).toEqual(['post', 'text'])
    expect(editorStore.getState().posts[SAMPLE_POSTS[0]!.id]).toEqual(SAMPLE_POSTS[0])
  })

  it('saves on its own within a second of a change', async () => {
    const name = freshName()
    await startSession(name)
    await flushSave()
    renameActiveStory('Saved without a flush')
    await new Promise((resolve) => setTimeout(resolve, 1000))
    const db = await openDB(name)
    const records = (await db.getAll('stories')) as { story: { title: string } }[]
    db.close()
    expect(records.map((record) => record.story.title)).toContain('Saved without a flush')
    expect(editorStore.getState().saveStatus.state).toBe('saved')
  })

  it('lists a damaged record as a problem, opens the others, and discards it on request', async () => {
    const name = freshName()
    await startSession(name)
    renameActiveStory('Healthy')
    await stopSession()
    const db = await openDB(name)
    await db.put('stories', { schemaVersion: 1, story: { id: 'broken' } }, 'broken')
    await db.put('stories', { schemaVersion: 99, story: {}, posts: {} }, 'from-the-future')
    db.close()
    editorStore.setState(initialEditorData(), true)
    await startSession(name)
    const { session } = editorStore.getState()
    expect(
      session.status === 'ready' && session.problems.map((problem) => problem.kind).sort(),
    ).toEqual(['corrupt', 'newer'])
    expect(selectActiveStory(editorStore.getState())?.title).toBe('Healthy')
    await discardProblem('broken')
    const after = await openDB(name)
    expect(await after.get('stories', 'broken')).toBeUndefined()
    expect(await after.get('stories', 'from-the-future')).toBeDefined()
    after.close()
  })
})

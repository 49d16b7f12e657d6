import { beforeEach, describe, expect, it } from 'vitest'
import type { Post } from '../../domain/post'
import { resetEditorStore } from '../../test/resetEditorStore'
import { editorStore } from '../editorStore'
import { addPostToStory } from './blockActions'
import { redoChange, undoChange } from './historyActions'
import { setMediaCuratorAlt } from './setMediaCuratorAlt'

const makeTestPost = (id: string, overrides: Partial<Post> = {}): Post => ({
  id,
  source: 'mastodon',
  url: `https://example.social/@lea/${id}`,
  author: { name: 'Léa', handle: '@lea@example.social' },
  createdAt: '2024-04-30T08:00:00.000Z',
  fetchedAt: '2024-04-30T09:00:00.000Z',
  text: `Post ${id}`,
  html: `<p>Post ${id}</p>`,
  media: [],
  availability: { state: 'available' },
  ...overrides,
})

const photo = (alt: string) => ({ kind: 'image' as const, url: 'https://x.example/a.jpg', alt })

const withMedia: Post = makeTestPost('p1', { media: [photo('By the author'), photo('')] })

const mediaOf = (postId: string) => editorStore.getState().posts[postId]?.media ?? []
const steps = () => editorStore.getState().history.past.length

describe('setMediaCuratorAlt', () => {
  beforeEach(() => {
    resetEditorStore()
    addPostToStory(withMedia)
  })

  it('sets the curator’s description beside the author’s empty alt, one undo step', () => {
    const before = steps()
    expect(setMediaCuratorAlt('p1', 1, '  A crowd   on a square ')).toBe(true)
    expect(mediaOf('p1')[1]).toEqual({ ...photo(''), curatorAlt: 'A crowd on a square' })
    expect(mediaOf('p1')[0]).toEqual(photo('By the author'))
    expect(steps()).toBe(before + 1)
    undoChange()
    expect(mediaOf('p1')[1]).not.toHaveProperty('curatorAlt')
    redoChange()
    expect(mediaOf('p1')[1]?.curatorAlt).toBe('A crowd on a square')
  })

  it('marks the open story as changed', () => {
    const { activeStoryId, stories } = editorStore.getState()
    const story = stories[activeStoryId!]!
    const old = '2020-01-01T00:00:00.000Z'
    editorStore.setState({ stories: { ...stories, [story.id]: { ...story, updatedAt: old } } })
    setMediaCuratorAlt('p1', 1, 'A crowd')
    expect(editorStore.getState().stories[story.id]!.updatedAt > old).toBe(true)
  })

  it('removes the description when given blank text', () => {
    setMediaCuratorAlt('p1', 1, 'A crowd')
    expect(setMediaCuratorAlt('p1', 1, '   ')).toBe(true)
    expect(mediaOf('p1')[1]).toEqual(photo(''))
  })

  it('records nothing for an unchanged text, a missing item or a post outside the story', () => {
    setMediaCuratorAlt('p1', 1, 'A crowd')
    const before = steps()
    expect(setMediaCuratorAlt('p1', 1, 'A crowd')).toBe(false)
    expect(setMediaCuratorAlt('p1', 5, 'x')).toBe(false)
    expect(setMediaCuratorAlt('nope', 0, 'x')).toBe(false)
    editorStore.setState({
      posts: {
        ...editorStore.getState().posts,
        other: makeTestPost('other', { media: [photo('')] }),
      },
    })
    expect(setMediaCuratorAlt('other', 0, 'x')).toBe(false)
    expect(steps()).toBe(before)
  })
})

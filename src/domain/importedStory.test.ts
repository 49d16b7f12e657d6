import { describe, expect, it } from 'vitest'
import { prepareImportedStory } from './importedStory'
import { LATER, makePost, makeStoredStory } from './testArbitraries'

const counter = () => {
  let n = 0
  return () => `id-${(n += 1)}`
}

describe('prepareImportedStory', () => {
  it('gives the story and its blocks fresh ids and the import time', () => {
    const { story, posts } = makeStoredStory()
    const result = prepareImportedStory(story, posts, {}, LATER, counter())
    expect(result.story.id).not.toBe(story.id)
    expect(result.story.blocks.map((block) => block.id)).toEqual(['id-2', 'id-3', 'id-4'])
    expect(result.story.createdAt).toBe(LATER)
    expect(result.story.blocks.map((block) => block.type)).toEqual(['section', 'post', 'text'])
    expect(result.posts).toEqual(posts)
  })

  it('importing twice gives two distinct stories', () => {
    const { story, posts } = makeStoredStory()
    const first = prepareImportedStory(story, posts, {}, LATER)
    const second = prepareImportedStory(story, posts, first.posts, LATER)
    expect(second.story.id).not.toBe(first.story.id)
    expect(second.posts).toEqual(first.posts)
  })

  it('leaves a different snapshot under the same id alone, and renames the imported one', () => {
    const { story, posts } = makeStoredStory()
    const existing = { 'sample:1': makePost('sample:1', { text: 'edited elsewhere' }) }
    const result = prepareImportedStory(story, posts, existing, LATER, counter())
    const postBlock = result.story.blocks.find((block) => block.type === 'post')
    expect(postBlock).toMatchObject({ postId: 'sample:1#import-id-1' })
    expect(result.posts['sample:1#import-id-1']).toMatchObject({
      id: 'sample:1#import-id-1',
      text: 'Post sample:1',
    })
    expect(Object.hasOwn(result.posts, 'sample:1')).toBe(false)
  })

  it('shares a snapshot that is the same, whatever its key order', () => {
    const { story, posts } = makeStoredStory()
    const post = posts['sample:1']!
    const reordered = Object.fromEntries(Object.entries(post).reverse()) as typeof post
    const result = prepareImportedStory(story, posts, { 'sample:1': reordered }, LATER)
    expect(Object.keys(result.posts)).toEqual(['sample:1'])
  })
})

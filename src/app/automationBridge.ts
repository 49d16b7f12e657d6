import { createPostBlock, createSectionBlock, createTextBlock } from '../domain/blockFactory'
import { richTextFromPlainText } from '../domain/richText'
import { createStory } from '../domain/storyOps'
import type { Post } from '../domain/post'
import { editorStore } from '../store/editorStore'
import { flushSave } from '../store/session'

/**
 * A small typed handle for browser tests and benchmarks (tldraw's `api` fixture idea): it
 * builds large stories that would take minutes to make through the UI. It only touches this
 * browser's own local data.
 */
export interface StoryloomAutomationBridge {
  createBenchmarkStory(blockCount: number): Promise<string>
  flushSave(): Promise<void>
  blockCount(): number
  /** Exports the open story as the feed page, timing it (media fetched from the app's origin). */
  exportFeedHtml(): Promise<{ ms: number; bytes: number; postBlocks: number; html: string }>
  /** Captures every slide of the open story as a portrait PNG at 1×, timing it. */
  exportPngSlides(): Promise<{ ms: number; slides: number; bytes: number }>
}

const benchmarkBlock = (index: number, samplePosts: readonly Post[]) => {
  if (index % 10 === 9) return createSectionBlock(`Section ${Math.floor(index / 10) + 1}`)
  if (index % 3 === 2)
    return createTextBlock(
      richTextFromPlainText(`Commentary ${index + 1}: what the room said next.`),
    )
  return createPostBlock(samplePosts[index % samplePosts.length]!.id)
}

export const installAutomationBridge = () => {
  const bridge: StoryloomAutomationBridge = {
    async createBenchmarkStory(blockCount) {
      const { SAMPLE_POSTS } = await import('../sample/samplePosts')
      const now = new Date().toISOString()
      const story = {
        ...createStory(`Benchmark story (${blockCount} blocks)`, now),
        blocks: Array.from({ length: blockCount }, (_, index) =>
          benchmarkBlock(index, SAMPLE_POSTS),
        ),
      }
      const posts = Object.fromEntries(SAMPLE_POSTS.map((post) => [post.id, post]))
      editorStore.setState((state) => ({
        stories: { ...state.stories, [story.id]: story },
        posts: { ...state.posts, ...posts },
        activeStoryId: story.id,
        editingBlockId: null,
      }))
      await flushSave()
      return story.id
    },
    flushSave,
    async exportFeedHtml() {
      const { stories, posts, activeStoryId } = editorStore.getState()
      const story = activeStoryId ? stories[activeStoryId] : undefined
      if (!story) throw new Error('No story is open.')
      // Loaded before the clock starts: the figure is the export, not the chunk download.
      const [{ exportFeedHtml }, { fetchMediaBlob }] = await Promise.all([
        import('../exporters/feedHtml'),
        import('../editor/export/fetchMediaBlob'),
      ])
      const start = performance.now()
      const result = await exportFeedHtml({
        story,
        posts,
        locale: 'en',
        theme: { id: 'light' },
        fetchMedia: fetchMediaBlob,
      })
      const ms = performance.now() - start
      if (result.kind !== 'file') throw new Error('The feed export gave no file.')
      const html = await result.file.content.text()
      return {
        ms,
        bytes: result.file.content.size,
        postBlocks: story.blocks.filter((block) => block.type === 'post').length,
        html,
      }
    },
    async exportPngSlides() {
      const { stories, posts, activeStoryId } = editorStore.getState()
      const story = activeStoryId ? stories[activeStoryId] : undefined
      if (!story) throw new Error('No story is open.')
      const [{ captureSlideImages }, { fetchMediaBlob }] = await Promise.all([
        import('../exporters/pngSlides'),
        import('../editor/export/fetchMediaBlob'),
      ])
      const start = performance.now()
      const { images } = await captureSlideImages(
        { story, posts, locale: 'en', theme: { id: 'light' }, fetchMedia: fetchMediaBlob },
        { orientation: 'portrait', pixelRatio: 1 },
      )
      return {
        ms: performance.now() - start,
        slides: images.length,
        bytes: images.reduce((sum, image) => sum + image.size, 0),
      }
    },
    blockCount: () => {
      const { stories, activeStoryId } = editorStore.getState()
      return activeStoryId ? (stories[activeStoryId]?.blocks.length ?? 0) : 0
    },
  }
  Object.assign(window, { __storyloom: bridge })
}

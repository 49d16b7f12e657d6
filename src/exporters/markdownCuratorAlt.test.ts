import { describe, expect, it } from 'vitest'
import type { Story } from '../domain/story'
import { image, makeTestPost } from '../renderers/testPosts'
import { storyToMarkdown } from './markdown'

const story: Story = {
  id: 's',
  title: 'Herons',
  blocks: [{ id: 'b', type: 'post', postId: 'p' }],
  createdAt: '2024-05-01T00:00:00.000Z',
  updatedAt: '2024-05-01T00:00:00.000Z',
}

const withMedia = (curatorAlt: string | undefined, alt = '') => ({
  p: makeTestPost('p', {
    media: [image({ alt, ...(curatorAlt === undefined ? {} : { curatorAlt }) })],
  }),
})

describe('Markdown export and the curator’s description', () => {
  it('uses the curator’s words where the author gave none, saying whose they are', () => {
    expect(storyToMarkdown({ story, posts: withMedia('A heron'), locale: 'en' })).toContain(
      '![A heron (Description by the curator)](https://files.example.social/media/lake.jpg)',
    )
    expect(storyToMarkdown({ story, posts: withMedia('Un héron'), locale: 'fr' })).toContain(
      '![Un héron (Description ajoutée par la curatrice ou le curateur)](',
    )
  })

  it('keeps the author’s description first, and an empty alt when neither gave one', () => {
    expect(
      storyToMarkdown({ story, posts: withMedia('Curator words', 'Author words'), locale: 'en' }),
    ).toContain('![Author words](')
    expect(storyToMarkdown({ story, posts: withMedia('  '), locale: 'en' })).toContain('![](')
  })
})

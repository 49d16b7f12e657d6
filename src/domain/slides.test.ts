import { describe, expect, it } from 'vitest'
import type { Block } from './block'
import { createPostBlock, createSectionBlock, createTextBlock } from './blockFactory'
import { richTextFromPlainText } from './richText'
import { storyToSlides } from './slides'
import { createStory } from './storyOps'

const story = (...blocks: Block[]) => ({
  ...createStory('Night of the launch', '2026-10-15T08:00:00.000Z'),
  blocks,
})
const text = (value: string, id: string) => createTextBlock(richTextFromPlainText(value), id)
const notes = (value: string, id: string) => ({ ...text(value, id), notes: true })

describe('storyToSlides', () => {
  it('gives an empty story its cover slide only', () => {
    expect(storyToSlides(story())).toEqual([
      { kind: 'cover', id: 'cover', title: 'Night of the launch', postCount: 0, notes: [] },
    ])
  })

  it('draws one post or text block per slide, in story order', () => {
    const slides = storyToSlides(story(createPostBlock('p1', 'a'), text('Then', 'b')))
    expect(slides.map((slide) => [slide.kind, slide.id])).toEqual([
      ['cover', 'cover'],
      ['post', 'a'],
      ['text', 'b'],
    ])
    expect(slides[0]).toMatchObject({ kind: 'cover', postCount: 1 })
    expect(slides[1]).toMatchObject({ kind: 'post', postId: 'p1', section: undefined })
  })

  it('opens each section with a title slide and labels the slides in it', () => {
    const slides = storyToSlides(
      story(
        createPostBlock('p1', 'a'),
        createSectionBlock('Morning', 's1'),
        createPostBlock('p2', 'b'),
        createSectionBlock('Evening', 's2'),
        text('Last words', 'c'),
      ),
    )
    expect(slides.map((slide) => [slide.kind, slide.section])).toEqual([
      ['cover', undefined],
      ['post', undefined],
      ['section', 'Morning'],
      ['post', 'Morning'],
      ['section', 'Evening'],
      ['text', 'Evening'],
    ])
    expect(slides[2]).toMatchObject({ kind: 'section', title: 'Morning', blockId: 's1' })
  })

  it('attaches speaker notes to the slide before them instead of making slides', () => {
    const slides = storyToSlides(
      story(
        notes('Welcome everyone', 'n0'),
        createPostBlock('p1', 'a'),
        notes('Point at the photo', 'n1'),
        notes('Then pause', 'n2'),
        createSectionBlock('Later', 's1'),
        notes('Section intro', 'n3'),
      ),
    )
    expect(slides.map((slide) => slide.kind)).toEqual(['cover', 'post', 'section'])
    expect(slides[0]!.notes).toEqual([richTextFromPlainText('Welcome everyone')])
    expect(slides[1]!.notes).toEqual([
      richTextFromPlainText('Point at the photo'),
      richTextFromPlainText('Then pause'),
    ])
    expect(slides[2]!.notes).toEqual([richTextFromPlainText('Section intro')])
  })

  it('keeps a text block whose notes flag is false as a slide', () => {
    const slides = storyToSlides(story({ ...text('Shown', 'a'), notes: false }))
    expect(slides.map((slide) => slide.kind)).toEqual(['cover', 'text'])
  })
})

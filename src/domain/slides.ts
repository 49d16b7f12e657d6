import type { BlockId } from './block'
import type { PostId } from './post'
import type { RichTextDoc } from './richText'
import type { Story } from './story'

interface SlideBase {
  /** Stable across renders: the id of the block the slide shows (`cover` for the first). */
  id: string
  /** The section the slide belongs to, shown small on the slide; undefined before the first. */
  section?: string
  /** Speaker notes, in story order: the text blocks marked as notes that follow the slide. */
  notes: RichTextDoc[]
}

/** One screen of the slideshow. The deck, Present mode, PNG and PDF all draw these. */
export type Slide =
  | (SlideBase & { kind: 'cover'; title: string; postCount: number })
  | (SlideBase & { kind: 'section'; blockId: BlockId; title: string })
  | (SlideBase & { kind: 'post'; blockId: BlockId; postId: PostId })
  | (SlideBase & { kind: 'text'; blockId: BlockId; content: RichTextDoc })

export type SlideKind = Slide['kind']

/**
 * A story as slides: a cover with the title, then one slide per post or text block; a section
 * heading opens the section with a title slide. Text blocks marked as speaker notes become notes
 * of the slide before them (the cover, at the very start) instead of slides of their own.
 */
export const storyToSlides = (story: Story): Slide[] => {
  const postCount = story.blocks.filter((block) => block.type === 'post').length
  const slides: Slide[] = [{ kind: 'cover', id: 'cover', title: story.title, postCount, notes: [] }]
  let section: string | undefined
  for (const block of story.blocks) {
    if (block.type === 'text' && block.notes === true) {
      slides[slides.length - 1]!.notes.push(block.content)
      continue
    }
    const base = { id: block.id, blockId: block.id, notes: [] }
    if (block.type === 'section') {
      section = block.title
      slides.push({ ...base, kind: 'section', title: block.title, section })
    } else if (block.type === 'post') {
      slides.push({ ...base, kind: 'post', postId: block.postId, section })
    } else {
      slides.push({ ...base, kind: 'text', content: block.content, section })
    }
  }
  return slides
}

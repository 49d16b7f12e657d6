import type { BlockOf } from './block'
import { newId } from './newId'
import type { PostId } from './post'
import { emptyRichText, type RichTextDoc } from './richText'

export const createPostBlock = (postId: PostId, id = newId()): BlockOf<'post'> => ({
  id,
  type: 'post',
  postId,
})

export const createTextBlock = (
  content: RichTextDoc = emptyRichText(),
  id = newId(),
): BlockOf<'text'> => ({
  id,
  type: 'text',
  content,
})

export const createSectionBlock = (title = '', id = newId()): BlockOf<'section'> => ({
  id,
  type: 'section',
  title,
})

import type { TFunction } from 'i18next'
import type { Block } from '../../domain/block'
import type { Post, PostId } from '../../domain/post'
import { richTextToPlainText } from '../../domain/richText'

const excerpt = (text: string, length = 40) =>
  text.length > length ? `${text.slice(0, length - 1)}…` : text

/** A short spoken name for a block: used by drag announcements and the drag overlay. */
export const describeBlock = (
  block: Block,
  posts: Readonly<Record<PostId, Post>>,
  t: TFunction<'story'>,
): string => {
  switch (block.type) {
    case 'post': {
      const post = posts[block.postId]
      return post ? t('dnd.libraryPost', { name: post.author.name }) : t('kind.post')
    }
    case 'text': {
      const text = richTextToPlainText(block.content)
      return text ? `${t('kind.text')} “${excerpt(text)}”` : t('kind.text')
    }
    case 'section':
      return block.title ? `${t('kind.section')} “${excerpt(block.title)}”` : t('kind.section')
  }
}

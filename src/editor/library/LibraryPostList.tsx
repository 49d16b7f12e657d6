import { useTranslation } from 'react-i18next'
import type { Post } from '../../domain/post'
import { useEditorStore } from '../../store/editorStore'
import { selectActivePostIds } from '../../store/selectors'
import { useRendererLocale } from '../hooks/useRendererLocale'
import { LibraryPostItem } from './LibraryPostItem'

interface LibraryPostListProps {
  posts: readonly Post[]
  onAdd: (post: Post) => void
}

/** The library's draggable cards, whatever source they came from. */
export const LibraryPostList = ({ posts, onAdd }: LibraryPostListProps) => {
  const { t } = useTranslation('library')
  const locale = useRendererLocale()
  const postIdsInStory = useEditorStore(selectActivePostIds)
  return (
    <>
      {posts.map((post) => (
        <LibraryPostItem
          key={post.id}
          post={post}
          label={t('postBy', { name: post.author.name })}
          locale={locale}
          inStory={postIdsInStory.has(post.id)}
          onAdd={onAdd}
        />
      ))}
    </>
  )
}

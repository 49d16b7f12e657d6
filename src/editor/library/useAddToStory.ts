import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { Post } from '../../domain/post'
import { addPostToStory } from '../../store/actions/blockActions'
import { useEditorStore } from '../../store/editorStore'
import { selectActiveStory } from '../../store/selectors'
import { announce } from '../a11y/announce'

/** "Add to story": appends the post and says where it went. Stable across renders. */
export const useAddToStory = () => {
  const { t } = useTranslation('story')
  return useCallback(
    (post: Post) => {
      if (addPostToStory(post) === null) return
      const total = selectActiveStory(useEditorStore.getState())?.blocks.length ?? 0
      announce(
        t('announce.added', {
          name: t('dnd.libraryPost', { name: post.author.name }),
          position: total,
          total,
        }),
      )
    },
    [t],
  )
}

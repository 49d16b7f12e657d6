import { useTranslation } from 'react-i18next'
import { FeedRenderer } from '../../renderers/feed/FeedRenderer'
import { useEditorStore } from '../../store/editorStore'
import { selectActiveStory } from '../../store/selectors'
import { useRendererLocale } from '../hooks/useRendererLocale'

/** The story as a reader sees it, drawn by the same renderer the exports will use. */
export const PreviewPane = () => {
  const { t } = useTranslation('story')
  const locale = useRendererLocale()
  const story = useEditorStore(selectActiveStory)
  const posts = useEditorStore((state) => state.posts)
  if (!story) return null
  return (
    <div className="panel__scroll preview-pane" role="document" aria-label={t('previewOf')}>
      <FeedRenderer story={story} posts={posts} locale={locale} />
    </div>
  )
}

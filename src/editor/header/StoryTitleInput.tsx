import { useTranslation } from 'react-i18next'
import { renameActiveStory } from '../../store/actions/storyListActions'
import { useEditorStore } from '../../store/editorStore'
import { selectActiveStory } from '../../store/selectors'

export const StoryTitleInput = () => {
  const { t } = useTranslation()
  const title = useEditorStore((state) => selectActiveStory(state)?.title ?? '')
  return (
    <input
      className="title-input"
      aria-label={t('storyTitle')}
      placeholder={t('storyTitlePlaceholder')}
      value={title}
      maxLength={300}
      onChange={(event) => renameActiveStory(event.target.value)}
    />
  )
}

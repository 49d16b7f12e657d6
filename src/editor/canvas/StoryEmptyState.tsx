import { useTranslation } from 'react-i18next'

export const StoryEmptyState = ({ highlighted }: { highlighted: boolean }) => {
  const { t } = useTranslation('story')
  return (
    <div className={`empty-state story-empty${highlighted ? ' story-empty--active' : ''}`}>
      <h3>{t('empty.title')}</h3>
      <p>{t('empty.body')}</p>
      {highlighted && <p className="story-empty__drop">{t('dropHere')}</p>}
    </div>
  )
}

import { useTranslation } from 'react-i18next'
import type { BlockOf } from '../../domain/block'
import { renameSection } from '../../store/actions/blockActions'

export const SectionBlockContent = ({ block }: { block: BlockOf<'section'> }) => {
  const { t } = useTranslation('story')
  return (
    <input
      className="section-input"
      data-control="section-input"
      aria-label={t('sectionHeading')}
      placeholder={t('sectionPlaceholder')}
      value={block.title}
      onChange={(event) => renameSection(block.id, event.target.value)}
    />
  )
}

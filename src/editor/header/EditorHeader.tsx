import { Suspense, lazy } from 'react'
import { useTranslation } from 'react-i18next'
import { Icon } from '../../ui/Icon'
import { PresentButton } from '../present/PresentButton'
import { ExportButton } from '../export/ExportButton'
import { InsightsButton } from '../insights/InsightsButton'
import { NotifyAuthorsButton } from '../notify/NotifyAuthorsButton'
import { CheckSourcesButton } from '../sourceCheck/CheckSourcesButton'
import { SaveStatusIndicator } from '../status/SaveStatusIndicator'
import { HistoryButtons } from './HistoryButtons'
import { LanguageSelect } from './LanguageSelect'
import { PreviewToggle } from './PreviewToggle'
import { StoryTitleInput } from './StoryTitleInput'
import { useDialogToggle } from '../hooks/useDialogToggle'

// The stories list (and story import) loads when first opened, not with the editor.
const StoriesDialog = lazy(() =>
  import('../stories/StoriesDialog').then((module) => ({ default: module.StoriesDialog })),
)

export const EditorHeader = () => {
  const { t } = useTranslation()
  const {
    open: storiesOpen,
    show: showStories,
    close: closeStories,
    buttonRef: storiesButtonRef,
  } = useDialogToggle()
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <img src="/favicon.svg" alt="" width={28} height={28} />
        <span className="app-header__name">{t('appName')}</span>
      </div>
      <button
        ref={storiesButtonRef}
        type="button"
        className="button button--quiet"
        aria-haspopup="dialog"
        onPointerEnter={() => void import('../stories/StoriesDialog')}
        onClick={showStories}
      >
        <Icon name="stories" size={16} />
        {t('stories')}
      </button>
      <div className="app-header__title">
        <StoryTitleInput />
        <SaveStatusIndicator />
      </div>
      <div className="app-header__actions">
        <HistoryButtons />
        <PreviewToggle />
        {/* story tools: Check sources, Insights, Notify authors */}
        <CheckSourcesButton />
        <InsightsButton />
        <NotifyAuthorsButton />
        <ExportButton />
        <PresentButton />
        <LanguageSelect />
      </div>
      {storiesOpen && (
        <Suspense fallback={null}>
          <StoriesDialog open onClose={closeStories} />
        </Suspense>
      )}
    </header>
  )
}

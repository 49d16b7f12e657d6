import { useTranslation } from 'react-i18next'
import { addSectionBlock, addTextBlock } from '../../store/actions/blockActions'
import { useEditorStore } from '../../store/editorStore'
import { selectActiveStory } from '../../store/selectors'
import { Icon } from '../../ui/Icon'
import { PreviewPane } from '../preview/PreviewPane'
import { preloadCommentaryEditor } from '../text/LazyCommentaryEditor'
import { LinkImportNotice } from './links/LinkImportNotice'
import { useLinkDropTarget } from './links/useLinkDropTarget'
import { useLinkImport } from './links/useLinkImport'
import { requestFocusAfterRender } from './pendingFocus'
import { StoryBlockList } from './StoryBlockList'

export const StoryPanel = () => {
  const { t } = useTranslation('story')
  const preview = useEditorStore((state) => state.preview)
  const blockCount = useEditorStore((state) => selectActiveStory(state)?.blocks.length ?? 0)
  const links = useLinkImport()
  const { linkOver, handlers } = useLinkDropTarget(links.importLink)
  return (
    // Paste and drop of links are shortcuts; the library's Search box takes links too.
    <section
      className={`panel story${linkOver ? ' story--link-over' : ''}`}
      aria-labelledby="story-heading"
      {...(preview ? {} : handlers)}
    >
      <header className="panel__header">
        <h2 id="story-heading" className="panel__title">
          {t('region')}
        </h2>
        <span className="panel__meta">{t('count', { count: blockCount })}</span>
        <div className="panel__actions">
          <button
            type="button"
            className="button"
            onClick={() => addTextBlock()}
            // Fetch the editor's code while the pointer or focus is on its way to the button.
            onPointerEnter={preloadCommentaryEditor}
            onFocus={preloadCommentaryEditor}
            disabled={preview}
          >
            <Icon name="text" size={16} />
            {t('addText')}
          </button>
          <button
            type="button"
            className="button"
            disabled={preview}
            onClick={() => {
              const id = addSectionBlock()
              if (id) requestFocusAfterRender(id, 'section-input')
            }}
          >
            <Icon name="heading" size={16} />
            {t('addSection')}
          </button>
        </div>
      </header>
      <LinkImportNotice state={links.state} onRetry={links.retry} onDismiss={links.dismiss} />
      {preview ? <PreviewPane /> : <StoryBlockList />}
    </section>
  )
}

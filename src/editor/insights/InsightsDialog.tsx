import { useEffect, useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { IconButton } from '../../ui/IconButton'
import { AltTextInsights } from './AltTextInsights'
import { AuthorInsights } from './AuthorInsights'
import { CharterForm } from './CharterForm'
import './insights.css'
import { ModerationInsights } from './ModerationInsights'
import { useStoryPosts } from './useStoryPosts'

/**
 * Hints about the open story's posts: who wrote them (audience counts and engagement, with the
 * formula), what the charter points out, which media lack a description. Modal; Esc closes.
 */
export const InsightsDialog = ({ onClose }: { onClose: () => void }) => {
  const { t } = useTranslation('insights')
  const dialogRef = useRef<HTMLDialogElement | null>(null)
  const ids = useId()
  const { story, posts } = useStoryPosts()

  useEffect(() => {
    const dialog = dialogRef.current
    if (dialog && !dialog.open) dialog.showModal()
    // Browsers move focus into a modal dialog; make sure of it so Esc and Tab start inside.
    if (dialog && !dialog.contains(document.activeElement)) {
      dialog.querySelector<HTMLElement>('button, [href], input, textarea, [tabindex]')?.focus()
    }
    return () => {
      if (dialog?.open) dialog.close()
    }
  }, [])

  // Close the modal first: while it is open the rest of the page is inert, so the button that
  // opened it could not take focus back.
  const close = () => {
    if (dialogRef.current?.open) dialogRef.current.close()
    onClose()
  }

  return (
    <dialog
      ref={dialogRef}
      className="dialog insights-dialog"
      aria-labelledby={`${ids}-title`}
      onCancel={(event) => {
        event.preventDefault()
        close()
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return
        event.preventDefault()
        close()
      }}
    >
      <header className="dialog__header">
        <h2 id={`${ids}-title`}>{t('heading')}</h2>
        <IconButton icon="close" label={t('close')} onClick={close} />
      </header>
      <p className="insights-dialog__intro muted">{t('intro')}</p>
      {!story ? (
        <p className="notice">{t('noStory')}</p>
      ) : posts.length === 0 ? (
        <p className="notice">{t('empty')}</p>
      ) : (
        <>
          <AuthorInsights posts={posts} />
          <ModerationInsights posts={posts} />
          <AltTextInsights posts={posts} />
        </>
      )}
      <CharterForm />
    </dialog>
  )
}

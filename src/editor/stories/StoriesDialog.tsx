import { useEffect, useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { Story } from '../../domain/story'
import {
  createStory,
  deleteStory,
  duplicateStory,
  openStory,
} from '../../store/actions/storyListActions'
import { useEditorStore } from '../../store/editorStore'
import { IconButton } from '../../ui/IconButton'
import { ImportStoryButton } from '../export/ImportStoryButton'

interface StoriesDialogProps {
  open: boolean
  onClose: () => void
}

/** Every story kept in this browser: open, create, duplicate, delete (undoable). */
export const StoriesDialog = ({ open, onClose }: StoriesDialogProps) => {
  const { t, i18n } = useTranslation()
  const dialogRef = useRef<HTMLDialogElement | null>(null)
  const stories = useEditorStore((state) => state.stories)
  const activeStoryId = useEditorStore((state) => state.activeStoryId)
  const sorted = useMemo(
    () => Object.values(stories).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
    [stories],
  )
  const formatDate = useMemo(
    () =>
      new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'medium', timeStyle: 'short' }),
    [i18n.resolvedLanguage],
  )

  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    if (!open && dialog.open) dialog.close()
  }, [open])

  const titleOf = (story: Story) => story.title.trim() || t('untitled')
  const act = (action: () => void) => {
    action()
    onClose()
  }

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby="stories-dialog-title"
      onClose={onClose}
    >
      <header className="dialog__header">
        <h2 id="stories-dialog-title">{t('storiesDialog')}</h2>
        <IconButton icon="close" label={t('close')} onClick={onClose} />
      </header>
      <button
        type="button"
        className="button button--primary"
        onClick={() => act(() => createStory())}
      >
        {t('newStory')}
      </button>
      <ImportStoryButton onImported={onClose} />
      <ul className="story-list-dialog">
        {sorted.map((story) => (
          <li
            key={story.id}
            className="story-list-dialog__item"
            aria-current={story.id === activeStoryId || undefined}
          >
            <div className="story-list-dialog__text">
              <strong>{titleOf(story)}</strong>
              <span className="muted">
                {t('storyMeta', {
                  count: story.blocks.length,
                  date: formatDate.format(new Date(story.updatedAt)),
                })}
                {story.id === activeStoryId && ` · ${t('current')}`}
              </span>
            </div>
            <div className="story-list-dialog__actions">
              <button
                type="button"
                className="button button--small"
                aria-label={`${t('openStory')} ${titleOf(story)}`}
                onClick={() => act(() => openStory(story.id))}
              >
                {t('openStory')}
              </button>
              <button
                type="button"
                className="button button--small button--quiet"
                aria-label={`${t('duplicateStory')} ${titleOf(story)}`}
                onClick={() =>
                  act(() => duplicateStory(story.id, t('copyOf', { title: titleOf(story) })))
                }
              >
                {t('duplicateStory')}
              </button>
              <button
                type="button"
                className="button button--small button--danger"
                aria-label={`${t('deleteStory')} ${titleOf(story)}`}
                onClick={() => deleteStory(story.id)}
              >
                {t('deleteStory')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </dialog>
  )
}

import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { DELETED_POST_POLICIES } from '../../../domain/story'
import { setDeletedPostPolicy } from '../../../store/actions/setDeletedPostPolicy'
import { useEditorStore } from '../../../store/editorStore'
import { selectActiveStory } from '../../../store/selectors'

/**
 * What exports do with posts "Check sources" found deleted: keep them with attribution (the
 * default), a tombstone, or leave them out. Remembered on the story, so each story keeps its own.
 */
export const DeletedPostsOption = ({ disabled = false }: { disabled?: boolean }) => {
  const { t } = useTranslation('sourceCheck')
  const ids = useId()
  const policy = useEditorStore((state) => selectActiveStory(state)?.deletedPosts ?? 'keep')
  return (
    <fieldset className="export-dialog__deleted-posts" disabled={disabled}>
      <legend>{t('policy.legend')}</legend>
      <div role="radiogroup" aria-label={t('policy.legend')} aria-describedby={`${ids}-hint`}>
        {DELETED_POST_POLICIES.map((option) => (
          <label key={option} className="export-theme">
            <input
              type="radio"
              name={`${ids}-deleted-posts`}
              value={option}
              checked={policy === option}
              onChange={() => setDeletedPostPolicy(option)}
            />
            {t(`policy.${option}`)}
          </label>
        ))}
      </div>
      <p id={`${ids}-hint`} className="muted export-dialog__hint">
        {t('policy.hint')}
      </p>
    </fieldset>
  )
}

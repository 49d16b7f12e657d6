import { useTranslation } from 'react-i18next'
import type { BlockOf } from '../../domain/block'
import { isRichTextEmpty } from '../../domain/normalizeRichText'
import { RichText } from '../../renderers/blocks/RichText'
import { updateTextBlock } from '../../store/actions/blockActions'
import { startEditing, stopEditing } from '../../store/actions/uiActions'
import '../present/speakerNotes.css'
import { LazyCommentaryEditor, preloadCommentaryEditor } from '../text/LazyCommentaryEditor'

/** Only the block being edited mounts tiptap; the others are static, which keeps big stories fast. */
export const TextBlockContent = ({
  block,
  editing,
}: {
  block: BlockOf<'text'>
  editing: boolean
}) => {
  const { t } = useTranslation('story')
  if (editing) {
    return (
      <LazyCommentaryEditor
        content={block.content}
        onChange={(content) => updateTextBlock(block.id, content)}
        onDone={stopEditing}
        autoFocus
      />
    )
  }
  const empty = isRichTextEmpty(block.content)
  const notes = block.notes === true
  return (
    <div className={`text-block${notes ? ' text-block--notes' : ''}`}>
      {notes && (
        <span className="text-block__notes-badge">{t('speakerNotesBadge', { ns: 'present' })}</span>
      )}
      {/* The static text is a pointer shortcut; the Edit button is the keyboard and screen-reader path. */}
      {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions */}
      <div
        className={`text-block__static${empty ? ' text-block__static--empty' : ''}`}
        data-testid="text-block-static"
        onPointerEnter={preloadCommentaryEditor}
        onClick={(event) => {
          if ((event.target as HTMLElement).closest('a')) event.preventDefault()
          startEditing(block.id)
        }}
      >
        {empty ? <p>{t('emptyCommentary')}</p> : <RichText doc={block.content} />}
      </div>
      <button
        type="button"
        className="button button--small button--quiet"
        onClick={() => startEditing(block.id)}
      >
        {t('editCommentary')}
      </button>
    </div>
  )
}

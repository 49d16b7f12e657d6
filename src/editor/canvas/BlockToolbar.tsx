import { useTranslation } from 'react-i18next'
import type { BlockId } from '../../domain/block'
import {
  addTextBlock,
  duplicateBlock,
  moveBlockBy,
  removeBlock,
  setTextBlockNotes,
} from '../../store/actions/blockActions'
import { IconButton } from '../../ui/IconButton'
import { announce } from '../a11y/announce'
import { requestFocusAfterRender } from './pendingFocus'

interface BlockToolbarProps {
  blockId: BlockId
  index: number
  total: number
  /** Text blocks only: whether the block is speaker notes (a toggle is shown). */
  notes?: boolean
}

export const BlockToolbar = ({ blockId, index, total, notes }: BlockToolbarProps) => {
  const { t } = useTranslation('story')
  const move = (delta: number, control: string) => {
    requestFocusAfterRender(blockId, control)
    if (moveBlockBy(blockId, delta))
      announce(t('announce.moved', { position: index + 1 + delta, total }))
  }
  return (
    <div className="block-toolbar">
      <IconButton
        icon="up"
        label={t('moveUp')}
        data-control="move-up"
        disabled={index === 0}
        onClick={() => move(-1, 'move-up')}
      />
      <IconButton
        icon="down"
        label={t('moveDown')}
        data-control="move-down"
        disabled={index === total - 1}
        onClick={() => move(1, 'move-down')}
      />
      {notes !== undefined && (
        <IconButton
          icon="notes"
          label={t('speakerNotes', { ns: 'present' })}
          aria-pressed={notes}
          className={notes ? 'icon-button--pressed' : undefined}
          onClick={() => setTextBlockNotes(blockId, !notes)}
        />
      )}
      <IconButton icon="text" label={t('addTextAfter')} onClick={() => addTextBlock(index + 1)} />
      <IconButton icon="copy" label={t('duplicate')} onClick={() => duplicateBlock(blockId)} />
      <IconButton
        icon="trash"
        label={t('remove')}
        className="icon-button--danger"
        onClick={() => {
          if (removeBlock(blockId)) announce(t('announce.removed'))
        }}
      />
    </div>
  )
}

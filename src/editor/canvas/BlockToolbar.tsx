import { useTranslation } from 'react-i18next'
import type { BlockId } from '../../domain/block'
import {
  addTextBlock,
  duplicateBlock,
  moveBlockBy,
  removeBlock,
} from '../../store/actions/blockActions'
import { IconButton } from '../../ui/IconButton'
import { announce } from '../a11y/announce'
import { requestFocusAfterRender } from './pendingFocus'

interface BlockToolbarProps {
  blockId: BlockId
  index: number
  total: number
}

export const BlockToolbar = ({ blockId, index, total }: BlockToolbarProps) => {
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

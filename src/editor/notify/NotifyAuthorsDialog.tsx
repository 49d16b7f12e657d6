import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { mastodonSource } from '../../adapters/mastodon/mastodonSource'
import { MENTIONS_PLACEHOLDER } from '../../domain/integrity/batchMentions'
import { citedAuthorsOf } from '../../domain/integrity/citedAuthors'
import { rendererStrings } from '../../renderers/rendererStrings'
import { useEditorStore } from '../../store/editorStore'
import { setDoNotContact, useNotifyStore } from '../../store/notifyStore'
import { selectActiveStory } from '../../store/selectors'
import { useSourceSettings } from '../../store/sourceSettingsStore'
import { IconButton } from '../../ui/IconButton'
import { useRendererLocale } from '../hooks/useRendererLocale'
import { NetworkNotice } from './NetworkNotice'
import './notify.css'

interface NotifyAuthorsDialogProps {
  open: boolean
  onClose: () => void
}

/**
 * Opt-in, never automatic: the cited authors by network, a message the curator edits, and links
 * that open the curator's own composer. Nothing here sends anything.
 */
export const NotifyAuthorsDialog = ({ open, onClose }: NotifyAuthorsDialogProps) => {
  const { t } = useTranslation('notify')
  const { t: tCommon } = useTranslation()
  const dialogRef = useRef<HTMLDialogElement | null>(null)
  const ids = useId()
  const story = useEditorStore(selectActiveStory)
  const posts = useEditorStore((state) => state.posts)
  const doNotContactList = useNotifyStore((state) => state.doNotContact)
  const mastodonServer =
    useSourceSettings((state) => state.servers[mastodonSource.id]) ?? mastodonSource.defaultServer
  const locale = useRendererLocale()
  // Only the messages the curator edited; the others follow the template in the current language.
  const [edited, setEdited] = useState<Record<string, string>>({})

  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    if (!open && dialog.open) dialog.close()
  }, [open])

  const title = story?.title.trim() || t('untitled')
  const template = t('template', { title, mentions: MENTIONS_PLACEHOLDER })
  const subject = t('subject', { title })
  const groups = open && story ? citedAuthorsOf(story, posts) : []
  const doNotContact = new Set(doNotContactList)
  const strings = rendererStrings(locale)

  return (
    <dialog
      ref={dialogRef}
      className="dialog notify-dialog"
      aria-labelledby={`${ids}-title`}
      // This dialog can open from inside the export dialog: its close is not the export's.
      onClose={(event) => {
        event.stopPropagation()
        onClose()
      }}
      onCancel={(event) => event.stopPropagation()}
      // Escape closes through React state, the same way in every browser and test DOM.
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return
        event.preventDefault()
        event.stopPropagation()
        onClose()
      }}
    >
      <header className="dialog__header">
        <h2 id={`${ids}-title`}>{t('heading')}</h2>
        <IconButton icon="close" label={tCommon('close')} onClick={onClose} />
      </header>
      <p className="notify-dialog__intro">{t('intro')}</p>
      {open && groups.length === 0 && <p>{t('noAuthors')}</p>}
      {groups.map((group) => (
        <NetworkNotice
          key={group.source}
          group={group}
          networkLabel={strings.sourceLabel(group.source)}
          message={edited[group.source] ?? template}
          onMessageChange={(message) =>
            setEdited((current) => ({ ...current, [group.source]: message }))
          }
          doNotContact={doNotContact}
          onDoNotContactChange={setDoNotContact}
          mastodonServer={mastodonServer}
          subject={subject}
        />
      ))}
    </dialog>
  )
}

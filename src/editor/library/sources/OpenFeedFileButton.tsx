import { useId, useRef, useState, type ChangeEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Post } from '../../../domain/post'
import { describeFeedProblem } from './describeFeedProblem'

/** What a browser may call a feed file; `.txt` for feeds saved from a browser's view-source. */
const ACCEPT = '.xml,.rss,.atom,.json,.txt'

interface OpenFeedFileButtonProps {
  /** Called with the file's items as posts; never called when the file is not a feed. */
  onOpen: (posts: Post[], fileName: string) => void
}

/**
 * "Open feed file": reads a feed saved on this computer. The file is read here, in the
 * browser: it never goes through the network or the relay.
 */
export const OpenFeedFileButton = ({ onOpen }: OpenFeedFileButtonProps) => {
  const { t } = useTranslation('feeds')
  const input = useRef<HTMLInputElement>(null)
  const hintId = useId()
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  const open = async (file: File) => {
    setBusy(true)
    setProblem(null)
    let bytes: Uint8Array
    try {
      bytes = new Uint8Array(await file.arrayBuffer())
    } catch {
      setProblem(t('problems.unreadable', { name: file.name }))
      setBusy(false)
      return
    }
    try {
      // The parser and its XML library load on first use, not with the editor.
      const [{ parseFeed }, { feedItemToPost }] = await Promise.all([
        import('../../../adapters/feed/parseFeed'),
        import('../../../adapters/feed/feedItemToPost'),
      ])
      const feed = parseFeed(bytes, { contentType: file.type })
      const fetchedAt = new Date().toISOString()
      onOpen(
        feed.items.map((item) => feedItemToPost(item, feed, { fetchedAt })),
        file.name,
      )
    } catch (error) {
      setProblem(
        describeFeedProblem(error, file.name, t) ?? t('problems.not-a-feed', { name: file.name }),
      )
    } finally {
      setBusy(false)
    }
  }

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    // Cleared so that choosing the same file again (after fixing it) reads it again.
    event.target.value = ''
    if (file) void open(file)
  }

  return (
    <div className="feed-file">
      <button
        type="button"
        className="button button--small"
        aria-describedby={hintId}
        aria-busy={busy}
        disabled={busy}
        onClick={() => input.current?.click()}
      >
        {t('openFile')}
      </button>
      <input ref={input} type="file" accept={ACCEPT} hidden tabIndex={-1} onChange={choose} />
      <p id={hintId} className="panel__hint">
        {t('openFileHint')}
      </p>
      {problem ? (
        <div className="source-error" role="alert">
          <p>{problem}</p>
          <p>{t('nothingAdded')}</p>
        </div>
      ) : null}
    </div>
  )
}

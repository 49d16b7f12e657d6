import { useId, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { auditAltText, type MissingAlt } from '../../domain/insights/altAudit'
import type { StoryPost } from '../../domain/insights/storyPosts'
import { safeMediaUrl } from '../../lib/safeUrl'
import { useResolvedMediaUrl } from '../../renderers/media/MediaUrlResolver'
import { rendererStrings } from '../../renderers/rendererStrings'
import { setMediaCuratorAlt } from '../../store/actions/setMediaCuratorAlt'
import { useRendererLocale } from '../hooks/useRendererLocale'

/** A small still of the media, from its preview when it has one; nothing for a refused address. */
const Thumbnail = ({ item }: { item: MissingAlt }) => {
  const preview = useResolvedMediaUrl(
    item.media.previewUrl ?? (item.media.kind === 'image' ? item.media.url : undefined),
  )
  const src = safeMediaUrl(preview ?? undefined)
  if (!src) return <span className="insights-alt__thumb insights-alt__thumb--empty" aria-hidden />
  // Decorative here: the text beside it says which media it is, and it has no description yet.
  return (
    <img
      className="insights-alt__thumb"
      src={src}
      alt=""
      width={64}
      height={64}
      loading="lazy"
      referrerPolicy="no-referrer"
    />
  )
}

interface AltItemProps {
  item: MissingAlt
  /** Sensitive or behind a content warning: the still stays hidden until the curator asks. */
  hidden: boolean
  onSaved: () => void
}

const AltItem = ({ item, hidden, onSaved }: AltItemProps) => {
  const { t } = useTranslation('insights')
  const locale = useRendererLocale()
  const ids = useId()
  const [text, setText] = useState('')
  const [error, setError] = useState('')
  const kind = rendererStrings(locale).media[item.media.kind] ?? item.media.kind
  return (
    <li className="insights-alt">
      {hidden ? (
        <details className="insights-alt__sensitive">
          <summary>{t('alt.showSensitive')}</summary>
          <Thumbnail item={item} />
        </details>
      ) : (
        <Thumbnail item={item} />
      )}
      <form
        className="insights-alt__form"
        onSubmit={(event) => {
          event.preventDefault()
          if (!text.trim()) {
            setError(t('alt.emptyText'))
            return
          }
          setError('')
          if (setMediaCuratorAlt(item.postId, item.mediaIndex, text)) onSaved()
        }}
      >
        <p className="insights-alt__what">
          {t('alt.item', { kind, position: item.mediaIndex + 1, name: item.author.name })}
        </p>
        <label htmlFor={`${ids}-input`}>{t('alt.label')}</label>
        <textarea
          id={`${ids}-input`}
          className="input"
          rows={2}
          value={text}
          aria-describedby={error ? `${ids}-error` : undefined}
          aria-invalid={error ? true : undefined}
          onChange={(event) => setText(event.target.value)}
        />
        {error && (
          <p id={`${ids}-error`} className="insights-alt__error">
            {error}
          </p>
        )}
        <button type="submit" className="button button--small">
          {t('alt.save')}
        </button>
      </form>
    </li>
  )
}

/** Media of the story without any description, each with a field for the curator's own. */
export const AltTextInsights = ({ posts }: { posts: StoryPost[] }) => {
  const { t } = useTranslation('insights')
  const headingId = useId()
  const headingRef = useRef<HTMLHeadingElement | null>(null)
  const [status, setStatus] = useState('')
  const missing = useMemo(
    () =>
      auditAltText(
        posts.map(({ blockId, post }) => ({ id: blockId, type: 'post', postId: post.id })),
        Object.fromEntries(posts.map(({ post }) => [post.id, post])),
      ),
    [posts],
  )
  const hiddenPosts = useMemo(
    () =>
      new Set(
        posts
          .filter(({ post }) => post.sensitive === true || !!post.contentWarning)
          .map(({ post }) => post.id),
      ),
    [posts],
  )
  const saved = () => {
    setStatus(t('alt.saved'))
    // The saved item leaves the list with the button that had focus: keep focus in the section.
    headingRef.current?.focus()
  }
  return (
    <section className="insights-section" aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('alt.heading')}
      </h3>
      <p className="muted insights-section__help">{t('alt.help')}</p>
      <p role="status" className="insights-section__status">
        {status}
      </p>
      {missing.length === 0 ? (
        <p className="notice">{t('alt.none')}</p>
      ) : (
        <ul className="insights-list">
          {missing.map((item) => (
            <AltItem
              key={`${item.postId}#${item.mediaIndex}`}
              item={item}
              hidden={hiddenPosts.has(item.postId)}
              onSaved={saved}
            />
          ))}
        </ul>
      )}
    </section>
  )
}

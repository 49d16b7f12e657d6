import type { Media } from '../../domain/post'
import { safeMediaUrl } from '../../lib/safeUrl'
import { useResolvedMediaUrl } from '../media/MediaUrlResolver'
import { rendererStrings, type RendererLocale } from '../rendererStrings'

export interface MediaItemProps {
  item: Media
  locale: RendererLocale
}

const MIME = /^(?:video|audio)\/[\w.+-]+$/i

/** Width and height attributes let the browser reserve the space before the file arrives. */
const dimension = (value: number | undefined): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.round(value) : undefined

export function MediaItem({ item, locale }: MediaItemProps) {
  const strings = rendererStrings(locale)
  const kind = Object.hasOwn(strings.media, item.kind) ? item.kind : 'image'
  const kindLabel = strings.media[kind]
  const url = useResolvedMediaUrl(item.url)
  const previewUrl = useResolvedMediaUrl(item.previewUrl) ?? undefined
  const src =
    safeMediaUrl(url ?? undefined) ?? (kind === 'image' ? safeMediaUrl(previewUrl) : undefined)
  const poster = safeMediaUrl(previewUrl)
  const width = dimension(item.width)
  const height = dimension(item.height)
  const type = item.mimeType && MIME.test(item.mimeType) ? item.mimeType : undefined
  const authorAlt = typeof item.alt === 'string' ? item.alt.trim() : ''
  // The curator's words stand in only where the author gave none, and are always labelled.
  const curatorAlt = !authorAlt && typeof item.curatorAlt === 'string' ? item.curatorAlt.trim() : ''
  const alt = authorAlt || curatorAlt
  const curatorLabel = curatorAlt ? (
    <span className="post-media-curator-alt" lang={locale}>
      {strings.curatorDescription}
    </span>
  ) : null

  if (!src) {
    // Archived media still being read from storage: hold the place, say nothing yet.
    if (url === null) return <div className="post-media-item post-media-placeholder" aria-busy />
    // An empty address is how an export (or a resolver) marks a file it could not retrieve.
    const missing = url === ''
    return (
      <div className="post-media-item post-media-placeholder">
        <span className={missing ? 'post-media-missing' : 'post-media-refused'} lang={locale}>
          {missing ? strings.mediaMissing(kind) : strings.mediaRefused(kind)}
        </span>
        {alt && <span className="post-media-alt">{alt}</span>}
        {curatorLabel}
      </div>
    )
  }

  const label = alt || kindLabel
  return (
    <div className={`post-media-item post-media-item--${kind}`}>
      {kind === 'image' && (
        <img
          src={src}
          alt={alt}
          width={width}
          height={height}
          loading="lazy"
          decoding="async"
          referrerPolicy="no-referrer"
        />
      )}
      {(kind === 'video' || kind === 'gifv') && (
        // preload="none": a story of many videos must not download them all on open.
        // A GIF-like video loops muted, without autoplay: motion starts only when the reader asks.
        // Snapshots carry no caption files to point a <track> at; the description is the label.
        // eslint-disable-next-line jsx-a11y/media-has-caption
        <video
          controls
          muted={kind === 'gifv'}
          loop={kind === 'gifv'}
          playsInline={kind === 'gifv'}
          preload="none"
          poster={poster}
          width={width}
          height={height}
          aria-label={label}
        >
          <source src={src} type={type} />
        </video>
      )}
      {kind === 'audio' && (
        // eslint-disable-next-line jsx-a11y/media-has-caption -- no caption files in snapshots
        <audio controls preload="none" aria-label={label}>
          <source src={src} type={type} />
        </audio>
      )}
      {!alt && (
        <span className="post-media-noalt" lang={locale}>
          {strings.noDescription}
        </span>
      )}
      {curatorLabel}
    </div>
  )
}

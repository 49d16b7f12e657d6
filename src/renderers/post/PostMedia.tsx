import type { Media } from '../../domain/post'
import { rendererStrings, type RendererLocale } from '../rendererStrings'
import { MediaItem } from './MediaItem'
import { RevealLabel } from './RevealLabel'

export interface PostMediaProps {
  media: Media[]
  locale: RendererLocale
  /** Hide the grid behind a "show" toggle; <details> needs no JavaScript and no blur. */
  sensitive?: boolean
}

export function PostMedia({ media, locale, sensitive = false }: PostMediaProps) {
  if (!Array.isArray(media) || media.length === 0) return null
  const count = Math.min(media.length, 4)
  const grid = (
    <div className={`post-media post-media--${count}`}>
      {media.map((item, index) => (
        // Media never move within a snapshot, so their position is a stable key.
        <MediaItem key={index} item={item} locale={locale} />
      ))}
    </div>
  )
  if (!sensitive) return grid
  const strings = rendererStrings(locale)
  return (
    <details className="post-media-sensitive">
      <summary className="post-media-sensitive-summary" lang={locale}>
        <RevealLabel show={strings.sensitiveMediaShow} hide={strings.sensitiveMediaHide} />
      </summary>
      {grid}
    </details>
  )
}

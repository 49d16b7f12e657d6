import type { LinkCard as LinkCardData } from '../../domain/post'
import { safeHttpUrl, safeMediaUrl } from '../../lib/safeUrl'
import { useResolvedMediaUrl } from '../media/MediaUrlResolver'
import { rendererStrings, type RendererLocale } from '../rendererStrings'
import { EXTERNAL_REL } from './ExternalLink'

export interface LinkCardProps {
  card: LinkCardData
  locale: RendererLocale
}

const hostOf = (href: string | undefined): string | undefined => {
  if (!href) return undefined
  try {
    return new URL(href).hostname.replace(/^www\./, '') || undefined
  } catch {
    return undefined
  }
}

/** The preview of a link the post shares. Its parts are spans: an <a> may not hold a <div> in every context. */
export function LinkCard({ card, locale }: LinkCardProps) {
  const href = safeHttpUrl(card.url)
  // An archived picture is read from this browser; the card shows without it until then.
  const image = safeMediaUrl(useResolvedMediaUrl(card.imageUrl) ?? undefined)
  const site = card.siteName || hostOf(href)
  const content = (
    <>
      {image && (
        // The title beside it says what the picture is about.
        <img
          className="post-link-image"
          src={image}
          alt=""
          loading="lazy"
          decoding="async"
          referrerPolicy="no-referrer"
        />
      )}
      <span className="post-link-text">
        {site && <span className="post-link-site">{site}</span>}
        <span className="post-link-title">{card.title || href || card.url}</span>
        {card.description && <span className="post-link-description">{card.description}</span>}
      </span>
    </>
  )
  if (href) {
    return (
      <a className="post-link-card" href={href} rel={EXTERNAL_REL} target="_blank">
        {content}
      </a>
    )
  }
  return (
    <div className="post-link-card post-link-card--refused">
      {content}
      <span className="post-link-refused" lang={locale}>
        {rendererStrings(locale).linkRefused}
      </span>
    </div>
  )
}

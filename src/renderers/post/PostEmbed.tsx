import { useContext, useState, useSyncExternalStore } from 'react'
import type { Post, PostEmbed as PostEmbedData } from '../../domain/post'
import { safePlayerUrl } from '../../lib/embedPlayers'
import { safeHttpUrl, safeMediaUrl } from '../../lib/safeUrl'
import { useResolvedMediaUrl } from '../media/MediaUrlResolver'
import { rendererStrings, type RendererLocale } from '../rendererStrings'
import { StaticRenderContext } from '../staticRender'
import { EXTERNAL_REL } from './ExternalLink'
import { isolate } from './isolate'

export interface PostEmbedProps {
  /** A link embed post (`post.embed` set): its card, author and page link. */
  post: Post
  embed: PostEmbedData
  locale: RendererLocale
}

/** Players without a stated shape (TikTok's "100%") are drawn 16:9. */
const DEFAULT_RATIO = '16 / 9'

const aspectRatioOf = ({ width, height }: PostEmbedData): string =>
  width && height ? `${width} / ${height}` : DEFAULT_RATIO

const noSubscription = () => () => {}

/**
 * True in a live page; false while rendering to static markup and in picture captures. Exports
 * keep the card alone and never a Play button that could do nothing there.
 */
const useInteractive = (): boolean => {
  const live = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )
  const picture = useContext(StaticRenderContext)
  return live && !picture
}

/**
 * A link embed (oEmbed) drawn from our own data: thumbnail, title, provider, author and link.
 * The provider's HTML never runs here. In a live page a Play button swaps the thumbnail for the
 * provider's player in a sandboxed frame, and only when its address is an https page on that
 * provider's own player host (checked again here: a story file is untrusted too).
 */
export function PostEmbed({ post, embed, locale }: PostEmbedProps) {
  const strings = rendererStrings(locale).embed
  const interactive = useInteractive()
  const [playing, setPlaying] = useState(false)
  const card = post.card
  // An archived thumbnail is read from this browser; the card shows without it until then.
  const thumbnail = safeMediaUrl(useResolvedMediaUrl(card?.imageUrl) ?? undefined)
  const playerUrl = safePlayerUrl(embed.playerUrl, embed.provider)
  const href = safeHttpUrl(post.url)
  const provider = card?.siteName || embed.provider
  const title = card?.title || post.text || post.url
  // A photo is already drawn as the post's media; other kinds show their thumbnail or player here.
  const hasStage = embed.type !== 'photo' && (thumbnail !== undefined || playerUrl !== undefined)
  const showAuthor = post.author.name !== '' && post.author.name !== provider

  return (
    <div className={`post-embed post-embed--${embed.type}`}>
      {hasStage && (
        <div className="post-embed-stage" style={{ aspectRatio: aspectRatioOf(embed) }}>
          {playing && playerUrl ? (
            <iframe
              className="post-embed-player"
              src={playerUrl}
              sandbox="allow-scripts allow-same-origin allow-presentation allow-popups"
              allow="fullscreen; encrypted-media; picture-in-picture"
              referrerPolicy="strict-origin-when-cross-origin"
              loading="lazy"
              title={strings.playerTitle(title, embed.provider)}
            />
          ) : (
            thumbnail && (
              // The title below says what the picture shows.
              <img
                className="post-embed-thumbnail"
                src={thumbnail}
                alt=""
                loading="lazy"
                decoding="async"
                referrerPolicy="no-referrer"
              />
            )
          )}
          {interactive && playerUrl && !playing && (
            <button
              type="button"
              className="post-embed-play"
              aria-label={strings.playLabel(title, embed.provider)}
              onClick={() => setPlaying(true)}
            >
              <span aria-hidden="true">▶</span> {strings.play}
            </button>
          )}
        </div>
      )}
      <div className="post-embed-text">
        <span className="post-embed-provider">{provider}</span>
        <span className="post-embed-title">{title}</span>
        {showAuthor && <span className="post-embed-author">{isolate(post.author.name)}</span>}
        {href && (
          <a className="post-embed-link" href={href} rel={EXTERNAL_REL} target="_blank">
            {strings.openOn(isolate(provider))}
          </a>
        )}
      </div>
    </div>
  )
}

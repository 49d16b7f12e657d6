import type { Post } from '../../domain/post'
import { rendererStrings, type RendererLocale } from '../rendererStrings'
import { ExternalLink } from './ExternalLink'
import { isolate } from './isolate'

export interface PostContextProps {
  post: Post
  locale: RendererLocale
}

/** The lines above a post that say how it reached the timeline: a boost, a reply. */
export function PostContext({ post, locale }: PostContextProps) {
  const { repostedBy, replyTo } = post
  if (!repostedBy && !replyTo) return null
  const strings = rendererStrings(locale)
  return (
    <div className="post-context" lang={locale}>
      {repostedBy && (
        <p className="post-context-line post-boost">
          <ExternalLink url={repostedBy.url}>
            {strings.boostedBy(isolate(repostedBy.name || repostedBy.handle))}
          </ExternalLink>
        </p>
      )}
      {replyTo && (
        <p className="post-context-line post-reply">
          <ExternalLink url={replyTo.url}>
            {replyTo.authorHandle
              ? strings.replyingTo(isolate(replyTo.authorHandle))
              : strings.replyingToUnknown}
          </ExternalLink>
        </p>
      )}
    </div>
  )
}

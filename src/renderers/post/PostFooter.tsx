import type { Post, PostMetrics } from '../../domain/post'
import { rendererStrings, type RendererLocale } from '../rendererStrings'
import { ExternalLink } from './ExternalLink'

export interface PostFooterProps {
  post: Post
  locale: RendererLocale
  showMetrics?: boolean
}

const METRICS = [
  'replies',
  'reposts',
  'likes',
  'quotes',
] as const satisfies readonly (keyof PostMetrics)[]

/** Counts come from elsewhere: anything but a finite, non-negative number is left out. */
const validCount = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.round(value) : undefined

export function PostFooter({ post, locale, showMetrics = true }: PostFooterProps) {
  const strings = rendererStrings(locale)
  const metrics = showMetrics
    ? METRICS.flatMap((key) => {
        const count = validCount(post.metrics?.[key])
        return count === undefined ? [] : [{ key, label: strings[key](count) }]
      })
    : []
  return (
    <div className="post-footer" lang={locale}>
      {metrics.length > 0 && (
        <ul className="post-metrics" aria-label={strings.metrics}>
          {metrics.map(({ key, label }) => (
            <li key={key}>{label}</li>
          ))}
        </ul>
      )}
      <ExternalLink url={post.url} className="post-original" fallback={null}>
        {strings.viewOriginal}
      </ExternalLink>
    </div>
  )
}

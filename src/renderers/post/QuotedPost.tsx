import type { QuotedPost as QuotedPostData } from '../../domain/post'
import { safeHttpUrl } from '../../lib/safeUrl'
import { rendererStrings, type RendererLocale } from '../rendererStrings'
import { ExternalLink } from './ExternalLink'
// PostCard draws this component and this component draws a compact PostCard: a compact card
// never draws a QuotedPost, so the recursion stops after one level.
import { PostCard } from './PostCard'

export interface QuotedPostProps {
  quote: QuotedPostData
  locale: RendererLocale
}

export function QuotedPost({ quote, locale }: QuotedPostProps) {
  if (quote.state === 'available' && quote.post) {
    return (
      <blockquote className="post-quote" cite={safeHttpUrl(quote.post.url)}>
        <PostCard post={quote.post} locale={locale} variant="compact" />
      </blockquote>
    )
  }
  const strings = rendererStrings(locale)
  const reason = quote.state === 'unavailable' ? quote.reason : 'unknown'
  const url = quote.state === 'unavailable' ? quote.url : undefined
  return (
    <blockquote className="post-quote post-quote--unavailable" cite={safeHttpUrl(url)}>
      <p className="post-notice" role="note" lang={locale}>
        {strings.quoteUnavailable(reason)}
      </p>
      <ExternalLink url={url} className="post-quote-original" fallback={null}>
        <span lang={locale}>{strings.viewQuotedPost}</span>
      </ExternalLink>
    </blockquote>
  )
}

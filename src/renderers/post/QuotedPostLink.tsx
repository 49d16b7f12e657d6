import type { QuotedPost as QuotedPostData } from '../../domain/post'
import { rendererStrings, type RendererLocale } from '../rendererStrings'
import { ExternalLink } from './ExternalLink'
import { isolate } from './isolate'

export interface QuotedPostLinkProps {
  quote: QuotedPostData
  locale: RendererLocale
}

/** A quote inside a quote: one line instead of a card, so cards never nest more than once. */
export function QuotedPostLink({ quote, locale }: QuotedPostLinkProps) {
  const strings = rendererStrings(locale)
  if (quote.state === 'available' && quote.post) {
    return (
      <p className="post-quote-link" lang={locale}>
        <ExternalLink url={quote.post.url}>
          {strings.quotedPostBy(isolate(quote.post.author.handle))}
        </ExternalLink>
      </p>
    )
  }
  const reason = quote.state === 'unavailable' ? quote.reason : 'unknown'
  return (
    <p className="post-notice post-quote-link" role="note" lang={locale}>
      {strings.quoteUnavailable(reason)}
    </p>
  )
}

import type { ReusePolicy, UnavailableReason } from '../../domain/post'
import type { RawQuoteApproval } from './rawTypes'

/**
 * Why a quoted status is not shown, from the Quote entity's `state` (Mastodon 4.4+). The docs
 * say to treat unknown states as `unauthorized`, which we read as "private".
 */
export const quoteUnavailableReason = (state: string | undefined): UnavailableReason => {
  switch (state) {
    case 'deleted':
      return 'deleted'
    // The quoted author withdrew their approval, or refused it in the first place.
    case 'revoked':
    case 'rejected':
      return 'revoked'
    case 'blocked_account':
    case 'blocked_domain':
    case 'muted_account':
      return 'blocked'
    // Awaiting the quoted author's approval: neither refused nor visible yet.
    case 'pending':
      return 'unknown'
    default:
      return 'private'
  }
}

/**
 * Who may quote the status (Mastodon 4.5 `quote_approval`), whether automatically or after the
 * author approves. Empty lists mean only the author; `unsupported_policy` alone says nothing.
 */
export const quotePolicy = (
  approval: RawQuoteApproval | null | undefined,
): ReusePolicy['quote'] | undefined => {
  if (typeof approval !== 'object' || approval === null) return undefined
  const audiences = [
    ...(Array.isArray(approval.automatic) ? approval.automatic : []),
    ...(Array.isArray(approval.manual) ? approval.manual : []),
  ]
  if (audiences.includes('public')) return 'anyone'
  if (audiences.includes('followers')) return 'followers'
  if (audiences.includes('following')) return 'following'
  if (audiences.length === 0) return 'nobody'
  return undefined
}

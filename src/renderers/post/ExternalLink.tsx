import type { ReactNode } from 'react'
import { safeHttpUrl } from '../../lib/safeUrl'

export const EXTERNAL_REL = 'noopener noreferrer ugc'

export interface ExternalLinkProps {
  /** Untrusted: only http(s) and root-relative URLs become a link. */
  url: string | undefined
  className?: string
  children: ReactNode
  /** Shown instead when the URL is refused; by default the children, unlinked. */
  fallback?: ReactNode
}

/** The one place renderers build a link out of post data, so every link gets the same checks. */
export function ExternalLink({ url, className, children, fallback }: ExternalLinkProps) {
  const href = safeHttpUrl(url)
  if (!href)
    return fallback === undefined ? <span className={className}>{children}</span> : fallback
  return (
    <a className={className} href={href} rel={EXTERNAL_REL} target="_blank">
      {children}
    </a>
  )
}

import type { Availability } from '../../domain/post'
import { rendererStrings, type RendererLocale } from '../rendererStrings'

export interface PostAvailabilityProps {
  availability: Availability
  locale: RendererLocale
}

/** Stories are archives: an unavailable post keeps its snapshot and says so in words. */
export function PostAvailability({ availability, locale }: PostAvailabilityProps) {
  if (availability?.state !== 'unavailable') return null
  const strings = rendererStrings(locale)
  return (
    <p className="post-notice post-notice--unavailable" role="note" lang={locale}>
      {strings.postUnavailable(availability.reason)}
    </p>
  )
}

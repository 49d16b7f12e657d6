import type { SourceCheck } from '../../domain/post'
import type { RendererLocale } from '../rendererStrings'
import { checkDate, sourceStatusStrings } from './sourceStatusStrings'

export interface PostSourceStatusProps {
  sourceCheck: SourceCheck | undefined
  locale: RendererLocale
}

/** A kept post its source deleted (or hides) says so, dated, in words. */
export function PostSourceStatus({ sourceCheck, locale }: PostSourceStatusProps) {
  if (sourceCheck?.state !== 'deleted' && sourceCheck?.state !== 'unavailable') return null
  const strings = sourceStatusStrings(locale)
  const date = checkDate(sourceCheck.checkedAt, locale)
  return (
    <p className="post-notice post-notice--unavailable" role="note" lang={locale}>
      {sourceCheck.state === 'deleted' ? strings.deletedOn(date) : strings.unavailableOn(date)}
    </p>
  )
}

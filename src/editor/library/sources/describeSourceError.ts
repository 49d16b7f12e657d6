import type { TFunction } from 'i18next'
import { SourceError } from '../../../adapters/sourceError'

/** A message that names the source, says what happened and, where it can, what to do. */
export const describeSourceError = (
  error: unknown,
  source: string,
  server: string,
  t: TFunction<'sources'>,
): string => {
  const host = server.replace(/^https?:\/\//, '')
  if (!(error instanceof SourceError)) return t('errors.unknown', { source })
  const seconds = Math.max(1, Math.ceil((error.details.retryAfterMs ?? 0) / 1000))
  const message = t(`errors.${error.kind}`, {
    source,
    server: host,
    status: error.details.status ?? '?',
    seconds,
  })
  const said = error.details.sourceMessage
  return said ? `${message} ${t('errors.serverSaid', { message: said })}` : message
}

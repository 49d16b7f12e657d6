import type { TFunction } from 'i18next'
import type { ArchiveKind } from '../../../importers/types'
import type { ImportFailure } from './runArchiveImport'

/** Says what went wrong and what the file should have been. */
export const describeImportFailure = (
  reason: ImportFailure,
  kind: ArchiveKind | undefined,
  t: TFunction<'archive'>,
): string => {
  switch (reason) {
    case 'malformed':
      return kind
        ? t('failure.malformedKnown', { kind: t(`kind.${kind}`) })
        : t('failure.malformed')
    case 'empty':
    case 'truncated':
    case 'html-page':
    case 'wrong-archive':
    case 'cancelled':
    case 'storage':
      return t(`failure.${reason}`)
  }
}

import type { ArchiveFailureReason, ArchiveKind } from './types'

/**
 * Why an import stopped, in the words the failure event carries: `detail` says what was found
 * and what was expected, in English (the UI words the reason; the detail is for the curious).
 */
export class ArchiveImportError extends Error {
  readonly reason: ArchiveFailureReason
  readonly detail: string
  readonly kind: ArchiveKind | undefined

  constructor(reason: ArchiveFailureReason, detail: string, kind?: ArchiveKind) {
    super(detail)
    this.name = 'ArchiveImportError'
    this.reason = reason
    this.detail = detail
    this.kind = kind
  }
}

export const malformed = (kind: ArchiveKind, detail: string) =>
  new ArchiveImportError('malformed', detail, kind)

/** Throws `cancelled` once the signal has fired; called between chunks so Cancel is prompt. */
export const throwIfCancelled = (signal: AbortSignal): void => {
  if (signal.aborted) throw new ArchiveImportError('cancelled', 'The import was cancelled.')
}

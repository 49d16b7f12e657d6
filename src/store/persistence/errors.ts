import type { SaveError } from './types'

export const QUOTA_MESSAGE =
  'Your browser refused to store more data (storage is full). Export your story to keep a copy, then free some space.'

export const CLOSED_MESSAGE =
  "Saving stopped because the browser's storage connection was closed (Storyloom may have been updated in another tab). Export your story to keep a copy, then reload the page."

const nameOf = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string'
    ? error.name
    : undefined

/**
 * The errors worth looking at: the error itself and what it wraps. A quota failure often
 * reaches us as an AbortError of a request while the real cause sits in `transaction.error`.
 */
const chainOf = (error: unknown): unknown[] => {
  const chain: unknown[] = []
  let current = error
  while (
    current !== undefined &&
    current !== null &&
    chain.length < 5 &&
    !chain.includes(current)
  ) {
    chain.push(current)
    const record = current as { error?: unknown; cause?: unknown }
    current = typeof current === 'object' ? (record.error ?? record.cause) : undefined
  }
  return chain
}

const hasName = (errors: readonly unknown[], name: string) =>
  errors.some((error) => chainOf(error).some((item) => nameOf(item) === name))

const messageOf = (error: unknown): string =>
  error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error)
    ? String((error as { message: unknown }).message)
    : String(error)

/**
 * Maps a failed write to what the user is told. Pass every error at hand (the caught one,
 * `tx.error`): the most specific one wins.
 */
export const toSaveError = (...errors: unknown[]): SaveError => {
  const found = errors.filter((error) => error !== undefined && error !== null)
  const cause = found[0]
  if (hasName(found, 'QuotaExceededError')) return { kind: 'quota', message: QUOTA_MESSAGE, cause }
  if (hasName(found, 'InvalidStateError'))
    return { kind: 'unknown', message: CLOSED_MESSAGE, cause }
  return {
    kind: 'unknown',
    message: `Your changes could not be saved: ${found.length ? messageOf(cause) : 'unknown error'}.`,
    cause,
  }
}

export type OpenErrorKind = 'newer' | 'unavailable'

/**
 * Why the database did not open, for a page that explains instead of going blank:
 * `newer` when a newer Storyloom upgraded it (VersionError), else `unavailable`
 * (private browsing, storage disabled, a broken profile).
 */
export const describeOpenError = (error: unknown): { kind: OpenErrorKind; message: string } =>
  nameOf(error) === 'VersionError'
    ? {
        kind: 'newer',
        message:
          'Your stories were saved by a newer version of Storyloom. Reload the page to get the newer version; this one will not change them.',
      }
    : {
        kind: 'unavailable',
        message: `Storyloom cannot use your browser's storage (${messageOf(error)}). Your work cannot be saved in this browser window; export it to keep a copy.`,
      }

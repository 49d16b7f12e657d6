/**
 * Tolerant readers for fields of a server's JSON. The raw types say what a field should be;
 * these check what it is, so a wrong type from a buggy or hostile server becomes "absent".
 */

export const readString = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined

export const readNonEmptyString = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined

/** Ids are strings in the Mastodon API; a few servers send numbers. */
export const readId = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== ''
    ? value
    : typeof value === 'number' && Number.isSafeInteger(value)
      ? String(value)
      : undefined

export const readCount = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined

/** A positive pixel size; Mastodon sends 0 for "unknown". */
export const readSize = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.round(value) : undefined

export const readArray = <T>(value: T[] | null | undefined): T[] =>
  Array.isArray(value) ? value.filter((item) => typeof item === 'object' && item !== null) : []

/** An ISO 8601 date the browser can read, normalised; undefined otherwise. */
export const readDate = (value: unknown): string | undefined => {
  if (typeof value !== 'string') return undefined
  const time = Date.parse(value)
  return Number.isNaN(time) ? undefined : new Date(time).toISOString()
}

/**
 * An absolute http(s) URL, normalised, or undefined. Stricter than `safeHttpUrl`: a relative
 * path from another server would point into our own origin, so it is refused too.
 */
export const absoluteHttpUrl = (value: unknown): string | undefined => {
  if (typeof value !== 'string' || value === '') return undefined
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined
  } catch {
    return undefined
  }
}

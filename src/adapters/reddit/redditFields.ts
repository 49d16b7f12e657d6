/**
 * Tolerant readers for Reddit's JSON: a field of the wrong type from a changed or hostile
 * answer becomes "absent" instead of a crash or a wrong value.
 */
import { safeHttpUrl } from '../../lib/safeUrl'

export type RawObject = Record<string, unknown>

export const isObject = (value: unknown): value is RawObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export const readString = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined

export const readText = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined

export const readNumber = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined

export const readSize = (value: unknown): number | undefined => {
  const size = readNumber(value)
  return size !== undefined && size > 0 ? Math.round(size) : undefined
}

/** Reddit times are epoch seconds, sometimes with a fraction. */
export const readEpochSeconds = (value: unknown): string | undefined => {
  const seconds = readNumber(value)
  return seconds === undefined || seconds <= 0 ? undefined : new Date(seconds * 1000).toISOString()
}

const ESCAPES: Record<string, string> = {
  '&lt;': '<',
  '&gt;': '>',
  '&amp;': '&',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
}

/**
 * Undoes Reddit's legacy escaping (answers without `raw_json=1`), in one pass so that
 * `&amp;lt;` becomes `&lt;` and not `<`.
 */
export const unescapeLegacy = (text: string): string =>
  text.replace(/&(?:lt|gt|amp|quot|#39|#x27);/g, (entity) => ESCAPES[entity] ?? entity)

/** A media or link URL: legacy escaping undone, then http(s) only. */
export const readUrl = (value: unknown): string | undefined => {
  const text = readText(value)
  if (text === undefined) return undefined
  const url = safeHttpUrl(unescapeLegacy(text.trim()))
  return url !== undefined && /^https?:\/\//i.test(url) ? url : undefined
}

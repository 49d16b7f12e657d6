const ISO_LIKE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i

/**
 * A record timestamp as a UTC ISO string. Clients write their own `createdAt`: we have seen
 * microseconds, `+00:00` offsets and no zone at all (read as UTC, as the AT Protocol intends).
 * Anything that is not a date gives undefined so the caller can fall back to `indexedAt`.
 */
export const normalizeTimestamp = (value: unknown): string | undefined => {
  if (typeof value !== 'string') return undefined
  const match = ISO_LIKE.exec(value.trim())
  if (!match) return undefined
  const zoned = match[1] ? value.trim().replace(',', '.') : `${value.trim().replace(',', '.')}Z`
  const time = Date.parse(zoned)
  return Number.isNaN(time) ? undefined : new Date(time).toISOString()
}
